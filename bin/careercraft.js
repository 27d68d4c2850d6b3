#!/usr/bin/env node
// The published command: registers tsx so the TypeScript sources run without a build.
import { register } from "tsx/esm/api";

register();
await import("../channels/cli/main.ts");
