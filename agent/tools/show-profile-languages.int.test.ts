/**
 * The profile the agent shows carries each spoken language with the level the resume wrote
 * beside it (issue 14 trial: "German (B1)" was shown, and stored, as "German").
 */
import { afterAll, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { createLogger } from "../../data/logger.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { docxFrom } from "../../test-support/fixtures/resume/index.ts";
import { importResume } from "../../tools/profile/resume-import.ts";
import { parseResume } from "../../tools/resume/parse.ts";
import { createResumeReader } from "../../tools/resume/reader/pool.ts";
import { toolReply } from "../planner/replies-tools.ts";
import { showProfileTool } from "./skills-tools.ts";

const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });
const now = new Date("2026-06-01T00:00:00Z");
const resumeReader = createResumeReader({ threads: 1 });
afterAll(() => resumeReader.close());

describeEachDatabase("show_profile with spoken-language levels", (getDb) => {
  it("lists each language with its level, in the list and in the reply", async () => {
    const db = getDb();
    const user = await createUsersRepository(db).createUser({ displayName: "Jonas" });
    const bytes = docxFrom([
      "Jonas Weber",
      "jonas.weber@example.de · Berlin",
      "EXPERIENCE",
      "Data Analyst, Kranich GmbH, Berlin, 03/2019 – present",
      "LANGUAGES",
      "German (native), English – C1, Spanish",
    ]);
    const inProcess = { read: (_owner: string, b: Uint8Array) => parseResume(b, { now }) };
    await importResume(
      db,
      user.id,
      { filename: "cv.docx", bytes, mimeType: "application/octet-stream" },
      inProcess,
    );
    const out = await showProfileTool.run(
      {},
      {
        db,
        config,
        logger: createLogger("silent"),
        userId: user.id,
        channel: "test",
        threadId: "direct",
        focus: {},
        attachments: [],
        emit: () => {},
        afterTurn: () => {},
        resumeReader,
      },
    );
    const list = out.parts?.[0];
    expect(list?.type === "list" && list.items.filter((i) => i.text.startsWith("Language:"))).toEqual([
      { text: "Language: German", detail: "native" },
      { text: "Language: English", detail: "C1" },
      { text: "Language: Spanish", detail: "" },
    ]);
    expect(out.result).toMatchObject({ languages: ["German (native)", "English (C1)", "Spanish"] });
    const reply = toolReply("show_profile", out.result as unknown as Record<string, unknown>, {}, "seed");
    expect(reply).toContain("Languages: German (native), English (C1), Spanish.");
  });
});
