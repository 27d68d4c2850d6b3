/**
 * Found trying `careercraft chat` as a new user: "here is my resume /path/cv.txt" was taken
 * as words and the agent kept asking for a resume. A path to a readable file, typed or
 * dropped onto the terminal (quoted, or with escaped spaces), is now attached.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseLine } from "./input.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "cc-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cv = path.join(dir, "cv.txt");
writeFileSync(cv, "Ada Lovelace\nada@example.org\n");
const spaced = path.join(dir, "My Resume.md");
writeFileSync(spaced, "# Ada\n");
const MB = 1024 * 1024;

describe("chat input lines", () => {
  it("attaches a typed path and keeps the rest as the message", async () => {
    const m = await parseLine(`here is my resume ${cv}`, MB);
    expect(m!.text).toBe("here is my resume");
    expect(m!.attachments.map((a) => a.filename)).toEqual(["cv.txt"]);
    expect(new TextDecoder().decode(m!.attachments[0]!.bytes)).toMatch(/^Ada Lovelace/);
  });

  it("attaches a dropped path, quoted or with escaped spaces, and a file URL", async () => {
    for (const line of [
      `'${spaced}'`,
      `"${spaced}" please`,
      spaced.replace(/ /g, "\\ "),
      `file://${encodeURI(spaced)}`,
    ]) {
      const m = await parseLine(line, MB);
      expect(
        m!.attachments.map((a) => a.filename),
        line,
      ).toEqual(["My Resume.md"]);
    }
  });

  it("says there is no file when a path names none, and refuses one too large", async () => {
    await expect(parseLine(`my cv is ${path.join(dir, "gone.pdf")}`, MB)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(parseLine(cv, 4)).rejects.toMatchObject({ code: "too_large" });
  });

  it("leaves words alone: a file name that is not here, and names that only look like files", async () => {
    for (const line of [
      "I sent resume.pdf to them yesterday",
      "I know node.js and vue.js",
      "3.5 years of python",
    ]) {
      expect(await parseLine(line, MB)).toEqual({ text: line, attachments: [] });
    }
  });
});
