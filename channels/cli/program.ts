import { Command } from "commander";
import { registerCommands } from "./commands/index.ts";
import type { CliContext } from "./context.ts";

export function buildProgram(ctx: CliContext): Command {
  const program = new Command("careercraft")
    .description(
      "CareerCraft: your chat-first career agent (resume, FIT/UNFIT analysis, roadmap, applications, interviews)",
    )
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program, ctx);
  return program;
}
