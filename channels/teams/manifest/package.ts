/**
 * The Teams app package a career centre side-loads or uploads to its tenant's app
 * catalogue: manifest.json (schema 1.17; the bot in personal chat, teams and group
 * chats, `supportsFiles` so a resume can be sent in personal chat, a few suggested
 * commands) and the two icons Teams requires (192x192 colour, 32x32 white outline),
 * drawn from SVG. `careercraft teams package` writes it.
 */
import { Resvg } from "@resvg/resvg-js";
import JSZip from "jszip";

export interface TeamsPackageOptions {
  /** The Azure Bot's Microsoft App ID (also the Teams app id). */
  appId: string;
  /** Where the service is reached (https://careers.example.edu): validDomains and developer links. */
  publicUrl: string;
  /** The career centre's name as shown in Teams (default CareerCraft). */
  name?: string;
  version?: string;
}

const ACCENT = "#1F6FEB";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function teamsManifest(options: TeamsPackageOptions): Record<string, unknown> {
  if (!UUID.test(options.appId))
    throw new Error(
      `The Teams app id must be the Azure Bot's Microsoft App ID (a GUID), not "${options.appId}".`,
    );
  const url = new URL(options.publicUrl);
  if (url.protocol !== "https:")
    throw new Error(`Teams needs an https address for the service, not ${url.origin}.`);
  const name = options.name ?? "CareerCraft";
  return {
    $schema: "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
    manifestVersion: "1.17",
    version: options.version ?? "1.0.0",
    id: options.appId,
    developer: {
      name,
      websiteUrl: url.origin,
      privacyUrl: `${url.origin}/docs`,
      termsOfUseUrl: `${url.origin}/docs`,
    },
    name: { short: name.slice(0, 30), full: `${name}: your career agent`.slice(0, 100) },
    description: {
      short: "Resume check, FIT/UNFIT for your dream job, a roadmap, applications.",
      full: "Send your resume and name the job you want: CareerCraft tells you whether you are a fit and why, plans a week-by-week roadmap to close the gaps (tick items as you go), tracks your applications with follow-up reminders, and drills interview questions.",
    },
    icons: { color: "color.png", outline: "outline.png" },
    accentColor: ACCENT,
    bots: [
      {
        botId: options.appId,
        scopes: ["personal", "team", "groupChat"],
        supportsFiles: true,
        isNotificationOnly: false,
        commandLists: [
          {
            scopes: ["personal", "team", "groupChat"],
            commands: [
              { title: "am I a fit?", description: "FIT or UNFIT for your dream job, with the gaps" },
              { title: "show my roadmap", description: "Your week-by-week plan; tick items on the card" },
              { title: "show my applications", description: "Where you applied and what's next" },
              { title: "give me interview questions", description: "Practice for your dream job" },
            ],
          },
        ],
      },
    ],
    permissions: ["identity", "messageTeamMembers"],
    validDomains: [url.host],
  };
}

const colourIcon = `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192">
  <rect width="192" height="192" rx="36" fill="${ACCENT}"/>
  <path d="M52 124 L84 92 L104 112 L142 70" stroke="#fff" stroke-width="14" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
  <circle cx="142" cy="70" r="10" fill="#fff"/>
</svg>`;

// Teams wants the outline icon white on transparent.
const outlineIcon = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
  <path d="M6 22 L13 15 L17 19 L26 10" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const png = (svg: string) => new Resvg(svg).render().asPng();

export async function buildTeamsPackage(options: TeamsPackageOptions): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("manifest.json", JSON.stringify(teamsManifest(options), null, 2));
  zip.file("color.png", png(colourIcon));
  zip.file("outline.png", png(outlineIcon));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
