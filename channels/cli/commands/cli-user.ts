/**
 * Who `--user` names on the command line. `careercraft chat --user priya` takes any name as
 * the terminal's identity (created on first use); every other command took only a user id,
 * so `careercraft apps add --user priya` right after that chat answered "No user with id
 * priya". One reading for all commands: a user id is that user, a name is the same person
 * `chat --user <name>` talks as.
 */
import type { Db } from "../../../data/db/index.ts";

/** The terminal identity a name stands for (shared with `chat --user <name>`). */
export const cliNameIdentity = (name: string) => ({ channel: "cli", externalId: `name:${name}` });

/** The user id `--user` names: an existing user's id, or the user behind a name (created on first use). */
export async function cliUserId(db: Db, user: string): Promise<string> {
  // Loaded when a command runs, not when the CLI starts (commands are registered eagerly).
  const { createUsersRepository, isUuid } = await import("../../../data/repositories/users.ts");
  const users = createUsersRepository(db);
  if (isUuid(user)) return (await users.requireUser(user)).id;
  return (await users.resolveIdentity(cliNameIdentity(user))).id;
}
