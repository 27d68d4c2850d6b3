/**
 * `careercraft teams package --url https://careers.example.edu [--out file] [--name ...]`:
 * writes the Teams app package (manifest + icons) for the Azure Bot in TEAMS_APP_ID, for
 * a career centre's Teams admin to upload (channels/teams/README.md, "Run it in Teams").
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { CareerCraftError } from "../../../data/errors.ts";
import { type CliContext, reportCliError } from "../context.ts";

export function register(program: Command, ctx: CliContext): void {
  const teams = program.command("teams").description("The Microsoft Teams app");
  teams
    .command("package")
    .description("Write the Teams app package zip (manifest and icons) to upload in Teams")
    .requiredOption(
      "--url <https-url>",
      "where the service is reached (the Azure Bot's messaging endpoint host)",
    )
    .option("--out <file>", "the zip to write", "careercraft-teams.zip")
    .option("--name <name>", "the app's name in Teams", "CareerCraft")
    .action(async (opts: { url: string; out: string; name: string }) => {
      try {
        const appId = (await ctx.config()).teams?.appId;
        if (!appId)
          throw new CareerCraftError(
            "config",
            "Set TEAMS_ENABLED=true, TEAMS_APP_ID (the Azure Bot's Microsoft App ID) and TEAMS_APP_PASSWORD first.",
          );
        const { buildTeamsPackage } = await import("../../teams/manifest/package.ts");
        const zip = await buildTeamsPackage({ appId, publicUrl: opts.url, name: opts.name }).catch(
          (error) => {
            throw new CareerCraftError("validation", (error as Error).message);
          },
        );
        await writeFile(opts.out, zip);
        ctx.stdout.write(
          `Wrote ${opts.out} (${zip.byteLength} bytes): upload it in Teams > Apps > Manage your apps.\n`,
        );
      } catch (error) {
        process.exitCode = reportCliError(error, ctx.stderr);
      }
    });
}
