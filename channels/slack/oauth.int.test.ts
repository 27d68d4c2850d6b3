/**
 * OAuth install for many workspaces through Bolt's InstallProvider, mounted in our express
 * app: /slack/install sets a signed state and a browser cookie, Slack's return to
 * /slack/oauth_redirect is checked against both, the code is exchanged with a stand-in
 * `oauth.v2.access` (real WebClient, retries 0) and the installation is stored — on the
 * embedded database and on PostgreSQL. Each installed workspace is then answered with its
 * own token; a forged, foreign-browser or stateless return stores nothing; an uninstall forgets the token.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type KitEnvironment, startKitEnvironment } from "../../test-support/channel-kit/environment.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { SLACK_BOT_SCOPES } from "./api/oauth.ts";
import { directMessage, eventCallback, type SlackReceiver, startSlackReceiver } from "./testing/receiver.ts";
import { type SlackStandIn, startSlackStandIn } from "./testing/stand-in.ts";

const CLIENT_ID = "1111.2222";
const CLIENT_SECRET = "test-client-secret";
const STATE_SECRET = "a-state-secret-of-at-least-32-characters";

describeEachDatabase("Slack OAuth install", (getDb) => {
  let env: KitEnvironment;
  let standIn: SlackStandIn;
  let receiver: SlackReceiver;
  const codes = {
    "code-north": {
      teamId: "T0NORTH",
      teamName: "North Campus",
      botToken: "xoxb-north",
      installer: "UADMIN1",
    },
    "code-south": {
      teamId: "T0SOUTH",
      teamName: "South <Campus>",
      botToken: "xoxb-south",
      installer: "UADMIN2",
    },
    "code-spare": { teamId: "T0SPARE", teamName: "Spare", botToken: "xoxb-spare", installer: "UADMIN3" },
  };

  beforeAll(async () => {
    standIn = await startSlackStandIn({
      tokens: {},
      oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, codes: { ...codes } },
    });
    env = await startKitEnvironment({ db: getDb(), adapters: [] });
    receiver = await startSlackReceiver({
      kit: env.kit,
      db: getDb(),
      apiUrl: standIn.apiUrl,
      oauth: {
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        stateSecret: STATE_SECRET,
        authorizationUrl: `${standIn.apiUrl.replace(/api\/$/, "")}oauth/v2/authorize`,
      },
    });
  });
  afterAll(async () => {
    await receiver?.close();
    await env?.close();
    await standIn?.close();
  });

  /** An admin's browser: opens /slack/install, returns the state in the authorize link and the cookie set. */
  async function startInstall() {
    const res = await fetch(`${receiver.base}/slack/install`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const link = new URL(/href="([^"]+oauth\/v2\/authorize[^"]+)"/.exec(html)![1]!.replace(/&amp;/g, "&"));
    expect(link.searchParams.get("client_id")).toBe(CLIENT_ID);
    expect(link.searchParams.get("scope")?.split(",")).toEqual(SLACK_BOT_SCOPES);
    const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
    return { state: link.searchParams.get("state")!, cookie };
  }

  const returnFromSlack = (query: string, cookie?: string) =>
    fetch(`${receiver.base}/slack/oauth_redirect?${query}`, cookie ? { headers: { cookie } } : {});

  const installed = async (team: string) =>
    (
      await getDb().query<{
        bot_token: string;
        team_name: string;
        bot_id: string;
        installed_by: string;
        bot_scopes: string;
      }>(
        "SELECT bot_token, team_name, bot_id, installed_by, bot_scopes FROM slack_installations WHERE team_id = $1",
        [team],
      )
    ).rows;

  it("installs two workspaces, each answered with its own bot token", async () => {
    for (const [code, grant] of Object.entries(codes).slice(0, 2)) {
      const { state, cookie } = await startInstall();
      const res = await returnFromSlack(`code=${code}&state=${encodeURIComponent(state)}`, cookie);
      const page = await res.text();
      expect(res.status, page).toBe(200);
      expect(page).toContain("CareerCraft is installed in");
      expect(page).not.toContain("<Campus>"); // the team name is escaped
      expect(await installed(grant.teamId)).toEqual([
        {
          bot_token: grant.botToken,
          team_name: grant.teamName,
          bot_id: "BBOT",
          installed_by: grant.installer,
          bot_scopes: "chat:write,im:history,users:read",
        },
      ]);
    }
    for (const team of ["T0NORTH", "T0SOUTH"]) {
      const { eventId, body } = directMessage(team, `U${team}`, "hi");
      expect((await receiver.post(body)).status).toBe(200);
      await env.turnDone(eventId, 60_000);
      expect(standIn.messages(`DU${team}`).length).toBeGreaterThan(0);
    }
  });

  it("refuses a return whose state is forged, from another browser or missing, and stores nothing", async () => {
    const before = standIn.calls.get("oauth.v2.access") ?? 0;
    const { state, cookie } = await startInstall();
    const forged = await returnFromSlack(
      `code=code-spare&state=${encodeURIComponent(`${state}x`)}`,
      `${cookie}x`,
    );
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain("CareerCraft was not installed");
    const otherBrowser = await returnFromSlack(`code=code-spare&state=${encodeURIComponent(state)}`);
    expect(otherBrowser.status).toBe(400);
    const missingState = await returnFromSlack("code=code-spare", cookie);
    expect(missingState.status).toBe(400);
    expect(standIn.calls.get("oauth.v2.access") ?? 0).toBe(before);
    expect(await installed("T0SPARE")).toEqual([]);
  });

  it("refuses a code Slack does not know, with a clear page", async () => {
    const { state, cookie } = await startInstall();
    const res = await returnFromSlack(`code=used-or-made-up&state=${encodeURIComponent(state)}`, cookie);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/not installed.*invalid_code/s);
    expect(await installed("T0SPARE")).toEqual([]);
  });

  it("forgets a workspace that uninstalls: its events are not answered any more", async () => {
    const uninstall = eventCallback("T0SOUTH", { type: "app_uninstalled" });
    expect((await receiver.post(uninstall.body)).status).toBe(200);
    await expect.poll(() => installed("T0SOUTH")).toEqual([]);
    const { body } = directMessage("T0SOUTH", "ULATE", "hello again");
    await receiver.post(body);
    await new Promise((r) => setTimeout(r, 300));
    expect(standIn.messages("DULATE")).toEqual([]);
    expect(await installed("T0NORTH")).toHaveLength(1);
  });
});
