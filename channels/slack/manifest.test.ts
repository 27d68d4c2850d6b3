/**
 * The manifest an admin pastes and what the service expects stay in step: an OAuth install
 * asks for exactly the manifest's bot scopes, and every event the code handles is
 * subscribed to.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SLACK_BOT_SCOPES } from "./api/oauth.ts";

const manifest = parse(readFileSync(path.join(import.meta.dirname, "manifest.yml"), "utf8"));

describe("Slack app manifest", () => {
  it("grants the bot scopes an OAuth install requests", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...SLACK_BOT_SCOPES].sort());
  });

  it("subscribes to the events the app handles and turns on the Home tab", () => {
    const source = readFileSync(path.join(import.meta.dirname, "app.ts"), "utf8");
    const handled = [...source.matchAll(/app\.event\("([a-z_]+)"/g)].map((m) => m[1]);
    for (const event of handled.filter((e) => e !== "message"))
      expect(manifest.settings.event_subscriptions.bot_events).toContain(event);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.oauth_config.redirect_urls[0]).toMatch(/\/slack\/oauth_redirect$/);
  });
});
