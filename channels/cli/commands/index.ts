/**
 * Every command group registers itself here: one import and one call per group.
 */
import type { Command } from "commander";
import type { CliContext } from "../context.ts";
import { register as applications } from "./applications.ts";
import { register as evaluation } from "./eval.ts";
import { register as parseResume } from "./parse-resume.ts";
import { register as service } from "./service.ts";

export function registerCommands(program: Command, ctx: CliContext): void {
  service(program, ctx);
  evaluation(program, ctx);
  applications(program, ctx);
  parseResume(program, ctx);
}
