/**
 * Which bot token speaks for which Slack workspace. Installs done through OAuth
 * (`/slack/install`, api/oauth.ts) are kept in `slack_installations` (migrations 0601,
 * 0602); a single-workspace setup may instead give SLACK_BOT_TOKEN (+ SLACK_TEAM_ID),
 * which answers for that workspace only. A workspace with neither is unknown: its events
 * are not answered.
 */
import type { Queryable } from "../../../data/db/types.ts";

export interface SlackInstallation {
  teamId: string;
  botToken: string;
  botUserId?: string;
  teamName?: string;
  /** From the OAuth install: the bot's id, the scopes granted, the app, who installed. */
  botId?: string;
  scopes?: string[];
  appId?: string;
  installedBy?: string;
}

export interface InstallationStore {
  find(teamId: string): Promise<SlackInstallation | undefined>;
  save(installation: SlackInstallation): Promise<void>;
  remove(teamId: string): Promise<void>;
}

interface Row {
  teamId: string;
  botToken: string;
  botUserId: string | null;
  teamName: string | null;
  botId: string | null;
  scopes: string | null;
  appId: string | null;
  installedBy: string | null;
}

function fromRow(row: Row): SlackInstallation {
  return {
    teamId: row.teamId,
    botToken: row.botToken,
    ...(row.botUserId ? { botUserId: row.botUserId } : {}),
    ...(row.teamName ? { teamName: row.teamName } : {}),
    ...(row.botId ? { botId: row.botId } : {}),
    ...(row.scopes ? { scopes: row.scopes.split(",") } : {}),
    ...(row.appId ? { appId: row.appId } : {}),
    ...(row.installedBy ? { installedBy: row.installedBy } : {}),
  };
}

export function createInstallationStore(
  db: Queryable,
  single?: { botToken: string; teamId?: string; botUserId?: string },
): InstallationStore {
  return {
    async find(teamId) {
      const { rows } = await db.query<Row>(
        `SELECT team_id AS "teamId", bot_token AS "botToken", bot_user_id AS "botUserId", team_name AS "teamName",
           bot_id AS "botId", bot_scopes AS "scopes", app_id AS "appId", installed_by AS "installedBy"
         FROM slack_installations WHERE team_id = $1`,
        [teamId],
      );
      if (rows[0]) return fromRow(rows[0]);
      if (single && (!single.teamId || single.teamId === teamId))
        return {
          teamId,
          botToken: single.botToken,
          ...(single.botUserId ? { botUserId: single.botUserId } : {}),
        };
      return undefined;
    },
    async save(i) {
      await db.query(
        `INSERT INTO slack_installations
           (team_id, bot_token, bot_user_id, team_name, bot_id, bot_scopes, app_id, installed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (team_id) DO UPDATE SET bot_token = EXCLUDED.bot_token, bot_user_id = EXCLUDED.bot_user_id,
           team_name = EXCLUDED.team_name, bot_id = EXCLUDED.bot_id, bot_scopes = EXCLUDED.bot_scopes,
           app_id = EXCLUDED.app_id, installed_by = EXCLUDED.installed_by, updated_at = now()`,
        [
          i.teamId,
          i.botToken,
          i.botUserId ?? null,
          i.teamName ?? null,
          i.botId ?? null,
          i.scopes?.join(",") ?? null,
          i.appId ?? null,
          i.installedBy ?? null,
        ],
      );
    },
    async remove(teamId) {
      await db.query("DELETE FROM slack_installations WHERE team_id = $1", [teamId]);
    },
  };
}
