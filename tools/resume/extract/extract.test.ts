import { describe, expect, it } from "vitest";
import { CareerCraftError } from "../../../data/errors.ts";
import * as fixtures from "../../../test-support/fixtures/resume/index.ts";
import { parseResume } from "../parse.ts";
import { extractDocument } from "./index.ts";
import { DEFAULT_LIMITS, resolveLimits } from "./limits.ts";

async function refusal(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<CareerCraftError> {
  try {
    await extractDocument(bytes, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(CareerCraftError);
    return error as CareerCraftError;
  }
  throw new Error("expected the file to be refused");
}

describe("reading each format", () => {
  it("reads a one-column PDF in order", async () => {
    const doc = await extractDocument(fixtures.oneColumnPdf(), DEFAULT_LIMITS);
    expect(doc).toMatchObject({ kind: "pdf", pages: 1, columns: 1, ocr: false });
    const lines = doc.text.split("\n");
    expect(lines[0]).toBe("Priya Raman");
    expect(lines.indexOf("WORK EXPERIENCE")).toBeLessThan(lines.indexOf("EDUCATION"));
  });

  it("reads a two-column PDF column by column, though it was written row by row", async () => {
    const doc = await extractDocument(fixtures.twoColumnPdf(), DEFAULT_LIMITS);
    expect(doc.columns).toBe(2);
    const lines = doc.text.split("\n");
    expect(lines).toContain("Senior Software Engineer");
    expect(lines).toContain("Bachelor of Engineering in Computer Science");
    // The whole main column comes before the sidebar.
    expect(lines.indexOf("Technologies: TypeScript, Node.js, Redis")).toBeLessThan(
      lines.indexOf("EDUCATION"),
    );
    const parsed = await parseResume(fixtures.twoColumnPdf(), { skills: null, now: new Date("2024-01-01") });
    expect(parsed.experience.map((e) => e.company)).toEqual(["Acme Analytics Pvt Ltd", "Bluefin Systems"]);
    expect(parsed.education[0].institution).toBe("College of Engineering Pune");
  });

  it("reads a DOCX", async () => {
    const doc = await extractDocument(fixtures.docxResume(), DEFAULT_LIMITS);
    expect(doc.kind).toBe("docx");
    expect(doc.text).toContain("Acme Analytics Pvt Ltd - Pune, Maharashtra");
  });

  it("reads plain text and Markdown", async () => {
    expect((await extractDocument(fixtures.textResume(), DEFAULT_LIMITS)).kind).toBe("text");
    const md = await extractDocument(fixtures.markdownResume(), DEFAULT_LIMITS);
    expect(md.text.split("\n")).toContain("WORK EXPERIENCE");
    expect(md.text).not.toContain("##");
  });

  it("goes by the bytes, not the name: a DOCX is a DOCX whatever it is called", async () => {
    // There is no name at all at this layer; the CLI test covers a misnamed file.
    expect((await extractDocument(fixtures.docxResume(), DEFAULT_LIMITS)).kind).toBe("docx");
  });
});

describe("bad input gets a clear error", () => {
  it("zero bytes", async () => {
    const e = await refusal(new Uint8Array(0));
    expect(e.code).toBe("validation");
    expect(e.userMessage).toMatch(/empty/);
  });

  it("a corrupt PDF", async () => {
    const e = await refusal(fixtures.corruptPdf());
    expect(e.code).toBe("corrupt_input");
    expect(e.userMessage).toMatch(/damaged/);
  });

  it("an encrypted PDF", async () => {
    const e = await refusal(fixtures.encryptedPdf());
    expect(e.code).toBe("unsupported_type");
    expect(e.userMessage).toMatch(/password-protected/);
  });

  it("a 50 MB file", async () => {
    const e = await refusal(Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(e.code).toBe("too_large");
    expect(e.userMessage).toMatch(/50 MB.*10 MB/);
  });

  it("a 40-page PDF", async () => {
    const e = await refusal(fixtures.manyPagePdf(40));
    expect(e.code).toBe("too_large");
    expect(e.userMessage).toMatch(/40 pages.*10 pages/);
  });

  it("a zip bomb named .docx, whether it declares its size or lies about it", async () => {
    for (const bomb of [fixtures.zipBombDocx(), fixtures.zipBombDocx({ lieAboutSize: true })]) {
      const e = await refusal(bomb);
      expect(e.code).toBe("too_large");
      expect(e.userMessage).toMatch(/refused for safety/);
    }
  });

  it("an executable named .pdf", async () => {
    for (const exe of [fixtures.executableBytes(), fixtures.windowsExecutableBytes()]) {
      const e = await refusal(exe);
      expect(e.code).toBe("unsupported_type");
      expect(e.userMessage).toMatch(/program/);
    }
  });

  it("an image whose header claims a gigantic size (decompression bomb)", async () => {
    const png = Buffer.alloc(64);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png, 0);
    png.writeUInt32BE(100_000, 16);
    png.writeUInt32BE(100_000, 20);
    const e = await refusal(png);
    expect(e.code).toBe("too_large");
    expect(e.userMessage).toMatch(/100000 x 100000 pixels/);
  });

  it("old Word, RTF and archives are named, not misread", async () => {
    expect(
      (await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).userMessage,
    ).toMatch(/old Word/);
    expect((await refusal(Buffer.from("{\\rtf1 hello"))).userMessage).toMatch(/RTF/);
    expect((await refusal(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]))).userMessage).toMatch(/archive/);
  });

  it("a text file far longer than any resume", async () => {
    const e = await refusal(Buffer.from(fixtures.sampleResumeText().repeat(400)));
    expect(e.code).toBe("too_large");
    expect(e.userMessage).toMatch(/characters of text, far more than a resume/);
  });

  it("configurable limits apply", async () => {
    const e = await refusal(fixtures.oneColumnPdf(), resolveLimits({ maxBytes: 1000 }));
    expect(e.code).toBe("too_large");
    const pages = await refusal(fixtures.twoPagePdf(), resolveLimits({ maxPages: 1 }));
    expect(pages.userMessage).toMatch(/2 pages.*1 pages/);
  });

  it("text hidden in white 1-pt type is kept apart and changes nothing", async () => {
    const r = await parseResume(fixtures.hiddenInstructionPdf(), { now: new Date("2024-01-01") });
    expect(r.ignoredText.map((i) => i.reason).sort()).toEqual(["hidden", "instruction"]);
    expect(r.text).not.toMatch(/ignore (all )?previous instructions/i);
    expect(r.skills.map((s) => s.name.toLowerCase())).not.toContain("quantum computing");
    expect(r.contact.name?.value).toBe("Priya Raman");
    expect(r.warnings.join(" ")).toMatch(/no effect/);
  });
});
