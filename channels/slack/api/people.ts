/**
 * A Slack person's time zone and locale, from users.info (`tz`, and `locale` when asked
 * with include_locale), so "tomorrow at 3pm" and a follow-up due at 9:00 mean the
 * person's own hours. Looked up once per person per six hours per instance; the kit keeps
 * what it learns on the identity row, where reminders read it. A failed lookup (an
 * install without users:read) leaves the identity as it was: the turn still runs.
 */
import type { Logger } from "../../../data/logger.ts";
import { knownTimeZone } from "../../../tools/applications/dates.ts";

export interface PersonSettings {
  timeZone?: string;
  locale?: string;
}

export interface UserInfoSource {
  userInfo(workspace: string, user: string): Promise<{ tz?: string; locale?: string } | undefined>;
}

const TTL_MS = 6 * 60 * 60_000;
const MAX_ENTRIES = 20_000;

/** Slack writes locales as "en-US"; anything that is not a BCP 47 tag is dropped. */
function knownLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

export function createPeopleSettings(source: UserInfoSource, logger: Logger) {
  const cache = new Map<string, { at: number; settings: PersonSettings }>();
  return {
    async of(workspace: string, user: string): Promise<PersonSettings> {
      const key = `${workspace}:${user}`;
      const hit = cache.get(key);
      if (hit && Date.now() - hit.at < TTL_MS) return hit.settings;
      const info = await source.userInfo(workspace, user).catch((err: unknown) => {
        logger.warn({ err, workspace }, "Slack users.info failed; answering without the person's time zone");
        return undefined;
      });
      const timeZone = knownTimeZone(info?.tz);
      const locale = knownLocale(info?.locale);
      const settings: PersonSettings = {
        ...(timeZone ? { timeZone } : {}),
        ...(locale ? { locale } : {}),
      };
      if (cache.size >= MAX_ENTRIES) cache.clear();
      // A failure is remembered briefly too: a workspace without the scope is not asked every turn.
      cache.set(key, { at: info ? Date.now() : Date.now() - TTL_MS + 60_000, settings });
      return settings;
    },
  };
}
