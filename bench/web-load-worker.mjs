// Worker threads do not inherit tsx's loader: register it, then run the TypeScript client.
import { register } from "tsx/esm/api";

register();
await import("./web-load-client.ts");
