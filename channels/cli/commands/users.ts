import type { Command } from "commander";
import type { CliContext } from "../context.ts";

/**
 * `users create|show`: scripts and the evaluation harness need a user id to pass as
 * --user to the other commands; chat channels create users on first contact instead.
 */
export function register(program: Command, ctx: CliContext): void {
  const users = program.command("users").description("create a user for scripts (--user ID), or show one");

  users
    .command("create")
    .description("create a user and print its id")
    .option("--name <name>", "display name")
    .option("--org <slug>", "organization (career center) slug; a personal one when absent")
    .option("--json", "print the user as JSON")
    .action(async (opts: { name?: string; org?: string; json?: boolean }) => {
      const { createUsersRepository } = await import("../../../data/repositories/users.ts");
      const user = await ctx.withDb((db) =>
        createUsersRepository(db).createUser({ displayName: opts.name, organization: opts.org }),
      );
      if (opts.json) ctx.printJson(user);
      else ctx.stdout.write(`${user.id}\n`);
    });

  users
    .command("show <id>")
    .description("show a user and the channel identities linked to it")
    .option("--json", "print as JSON")
    .action(async (id: string, opts: { json?: boolean }) => {
      const { createUsersRepository } = await import("../../../data/repositories/users.ts");
      const shown = await ctx.withDb(async (db) => {
        const repo = createUsersRepository(db);
        const user = await repo.requireUser(id);
        return { ...user, identities: await repo.identitiesOf(user.id) };
      });
      if (opts.json) ctx.printJson(shown);
      else {
        ctx.stdout.write(
          `${shown.id}  ${shown.displayName ?? "(no name)"}  role: ${shown.role}  since ${shown.createdAt}\n`,
        );
        for (const i of shown.identities) ctx.stdout.write(`  ${i.channel}: ${i.externalId}\n`);
      }
    });
}
