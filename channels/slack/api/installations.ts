/**
 * Which bot token speaks for which Slack workspace. Installs done through OAuth are kept
 * in `slack_installations` (migration 0601); a single-workspace setup may instead give
 * SLACK_BOT_TOKEN (+ SLACK_TEAM_ID), which answers for that workspace only. A workspace
 * with neither is unknown: its events are not answered.
 */
import type { Queryable } from "../../../data/db/types.ts";

export interface SlackInstallation {
  teamId: string;
  botToken: string;
  botUserId?: string;
  teamName?: string;
}

export interface InstallationStore {
  find(teamId: string): Promise<SlackInstallation | undefined>;
  save(installation: SlackInstallation): Promise<void>;
  remove(teamId: string): Promise<void>;
}

export function createInstallationStore(
  db: Queryable,
  single?: { botToken: string; teamId?: string; botUserId?: string },
): InstallationStore {
  return {
    async find(teamId) {
      const { rows } = await db.query<SlackInstallation>(
        `SELECT team_id AS "teamId", bot_token AS "botToken", bot_user_id AS "botUserId", team_name AS "teamName"
         FROM slack_installations WHERE team_id = $1`,
        [teamId],
      );
      if (rows[0]) return { ...rows[0], botUserId: rows[0].botUserId ?? undefined };
      if (single && (!single.teamId || single.teamId === teamId))
        return {
          teamId,
          botToken: single.botToken,
          ...(single.botUserId ? { botUserId: single.botUserId } : {}),
        };
      return undefined;
    },
    async save(installation) {
      await db.query(
        `INSERT INTO slack_installations (team_id, bot_token, bot_user_id, team_name) VALUES ($1, $2, $3, $4)
         ON CONFLICT (team_id) DO UPDATE SET bot_token = EXCLUDED.bot_token, bot_user_id = EXCLUDED.bot_user_id,
           team_name = EXCLUDED.team_name, updated_at = now()`,
        [
          installation.teamId,
          installation.botToken,
          installation.botUserId ?? null,
          installation.teamName ?? null,
        ],
      );
    },
    async remove(teamId) {
      await db.query("DELETE FROM slack_installations WHERE team_id = $1", [teamId]);
    },
  };
}
