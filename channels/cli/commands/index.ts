/**
 * Every command group registers itself here: one import and one call per group.
 */
import type { Command } from "commander";
import type { CliContext } from "../context.ts";
import { register as analyze } from "./analyze.ts";
import { register as applications } from "./applications.ts";
import { register as chat } from "./chat.ts";
import { register as discord } from "./discord.ts";
import { register as evaluation } from "./eval.ts";
import { register as extractSkills } from "./extract-skills.ts";
import { register as parseResume } from "./parse-resume.ts";
import { register as questions } from "./questions.ts";
import { register as reminders } from "./reminders.ts";
import { register as resumes } from "./resumes.ts";
import { register as roadmap } from "./roadmap.ts";
import { register as service } from "./service.ts";
import { register as taxonomy } from "./taxonomy.ts";
import { register as teams } from "./teams.ts";
import { register as users } from "./users.ts";

export function registerCommands(program: Command, ctx: CliContext): void {
  service(program, ctx);
  evaluation(program, ctx);
  applications(program, ctx);
  reminders(program, ctx);
  parseResume(program, ctx);
  resumes(program, ctx);
  analyze(program, ctx);
  roadmap(program, ctx);
  questions(program, ctx);
  taxonomy(program, ctx);
  extractSkills(program, ctx);
  chat(program, ctx);
  users(program, ctx);
  discord(program, ctx);
  teams(program, ctx);
}
