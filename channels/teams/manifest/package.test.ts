import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../test-support/cli.ts";
import { buildTeamsPackage, teamsManifest } from "./package.ts";

const APP = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
};

describe("Teams app package", () => {
  it("holds the manifest (bot in personal, team and group chat, files on) and both icons at Teams' sizes", async () => {
    const zip = await JSZip.loadAsync(
      await buildTeamsPackage({ appId: APP, publicUrl: "https://careers.example.edu" }),
    );
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string"));
    expect(manifest).toMatchObject({
      manifestVersion: "1.17",
      id: APP,
      bots: [{ botId: APP, scopes: ["personal", "team", "groupChat"], supportsFiles: true }],
      validDomains: ["careers.example.edu"],
    });
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(pngSize(await zip.file("color.png")!.async("uint8array"))).toEqual([192, 192]);
    expect(pngSize(await zip.file("outline.png")!.async("uint8array"))).toEqual([32, 32]);
  });

  it("refuses an app id that is not a GUID and an address that is not https", () => {
    expect(() => teamsManifest({ appId: "careercraft", publicUrl: "https://x.edu" })).toThrow(/a GUID/);
    expect(() => teamsManifest({ appId: APP, publicUrl: "http://x.edu" })).toThrow(/https/);
  });

  it("is written by `careercraft teams package`, which says what is missing without the app id", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "cc-teams-")), "app.zip");
    const env = { TEAMS_ENABLED: "true", TEAMS_APP_ID: APP, TEAMS_APP_PASSWORD: "x" };
    const ok = await runCli(["teams", "package", "--url", "https://careers.example.edu", "--out", out], {
      env,
    });
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringMatching(/Wrote .*app\.zip/) });
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(JSON.parse(await zip.file("manifest.json")!.async("string")).id).toBe(APP);
    const missing = await runCli(["teams", "package", "--url", "https://x.edu"], {
      env: { TEAMS_ENABLED: "" },
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Set TEAMS_ENABLED=true, TEAMS_APP_ID/);
  });
});
