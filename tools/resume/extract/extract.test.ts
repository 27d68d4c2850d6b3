import { describe, expect, it } from "vitest";
import { CareerCraftError } from "../../../data/errors.ts";
import * as hostile from "../../../test-support/fixtures/hostile-files.ts";
import * as fixtures from "../../../test-support/fixtures/resume/index.ts";
import { parseResume } from "../parse.ts";
import { extractDocument } from "./index.ts";
import { DEFAULT_LIMITS, resolveLimits } from "./limits.ts";
import { renderScales } from "./pdf.ts";

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

describe("limits are checked before the work they bound", () => {
  it("refuses a DOCX whose text part declares 45 MB, from the zip directory alone", async () => {
    const e = await refusal(hostile.docxWithLargeText(45 * 1024 * 1024));
    expect(e.code).toBe("too_large");
    // The size named is the one the directory declares: nothing was inflated to learn it.
    expect(e.userMessage).toMatch(/\b4\d MB of document text and formatting, limit 2 MB/);
  });

  it("refuses a stored (uncompressed) DOCX with 9.8 MB of text, whatever its ratio", async () => {
    const e = await refusal(hostile.docxWithLargeText(9.8 * 1024 * 1024, { stored: true }));
    expect(e.code).toBe("too_large");
    expect(e.userMessage).toMatch(/of document text and formatting/);
  });

  it("still reads an honest DOCX stored without compression", async () => {
    const doc = await extractDocument(
      fixtures.docxFrom(fixtures.sampleResumeText().split("\n"), { stored: true }),
      DEFAULT_LIMITS,
    );
    expect(doc.text).toContain("Acme Analytics Pvt Ltd");
  });

  it("reads the text of a 14,400 pt page (the largest a PDF may have) instead of calling it damaged", async () => {
    const doc = await extractDocument(hostile.largePagePdf(14_400, { text: true }), DEFAULT_LIMITS);
    expect(doc.text).toContain("Priya Raman");
  });

  it("refuses to render a huge page with no text, naming its size, before drawing it", async () => {
    for (const points of [5_000, 14_400]) {
      const e = await refusal(hostile.largePagePdf(points, { text: false }));
      expect(e.code).toBe("too_large");
      expect(e.userMessage).toMatch(
        new RegExp(
          `no text layer, and its pages are too large .*${Math.round(points / 72)} x ${Math.round(points / 72)} inches`,
        ),
      );
    }
  });

  it("keeps every rendered page and all pages together within the pixel limits", () => {
    const letter = { width: 612, height: 792 };
    const limits = { maxPages: 10, maxRenderPixels: 12_000_000, maxImagePixels: 40_000_000 };
    expect(renderScales([letter], limits)).toEqual([2]);
    const a0 = renderScales([{ width: 2384, height: 3370 }], limits)[0]!;
    expect(2384 * 3370 * a0 ** 2).toBeLessThanOrEqual(12_000_000 + 1);
    const ten = renderScales(Array(10).fill(letter), { ...limits, maxImagePixels: 10_000_000 });
    expect(ten.reduce((sum, s) => sum + 612 * 792 * s ** 2, 0)).toBeLessThanOrEqual(10_000_000 + 1);
  });
});

describe("what a file is, from its bytes", () => {
  it("reads a text resume that mentions %PDF-1.7 in its first kilobyte as text", async () => {
    const doc = await extractDocument(hostile.textResumeMentioningPdfHeader(), DEFAULT_LIMITS);
    expect(doc.kind).toBe("text");
    expect(doc.text).toContain("Priya Raman");
  });

  it("calls an executable carrying %PDF- a program, not a damaged PDF", async () => {
    const e = await refusal(hostile.elfCarryingPdfHeader());
    expect(e.code).toBe("unsupported_type");
    expect(e.userMessage).toMatch(/a program or script/);
  });

  it("still treats a PDF after a little junk as a PDF", async () => {
    const doc = await extractDocument(
      Buffer.concat([Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]), fixtures.oneColumnPdf()]),
      DEFAULT_LIMITS,
    );
    expect(doc.kind).toBe("pdf");
  });
});
