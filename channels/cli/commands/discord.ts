/**
 * `careercraft discord register-commands`: puts /careercraft (analyze, roadmap,
 * applications, questions) on the Discord application named by DISCORD_APPLICATION_ID,
 * replacing its global commands. Run once after creating the bot, and after an upgrade
 * that changes the commands; Discord keeps them between restarts.
 */
import type { Command } from "commander";
import { CareerCraftError } from "../../../data/errors.ts";
import { type CliContext, reportCliError } from "../context.ts";

export function register(program: Command, ctx: CliContext): void {
  const discord = program.command("discord").description("The Discord bot");
  discord
    .command("register-commands")
    .description(
      "Register the /careercraft slash commands with Discord (needs DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID)",
    )
    .action(async () => {
      try {
        const config = (await ctx.config()).discord;
        if (!config)
          throw new CareerCraftError(
            "config",
            "Set DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID (Discord Developer Portal > your application) first.",
          );
        const { REST } = await import("discord.js");
        const { registerCommands } = await import("../../discord/commands.ts");
        const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
        const count = await registerCommands(rest, config.applicationId);
        ctx.stdout.write(
          `Registered ${count} slash command (/careercraft) for application ${config.applicationId}.\n`,
        );
      } catch (error) {
        process.exitCode = reportCliError(error, ctx.stderr);
      }
    });
}
