import { afterAll, describe, expect, it } from "vitest";
import { CareerCraftError } from "../../../data/errors.ts";
import * as fixtures from "../../../test-support/fixtures/resume/index.ts";
import { parseResume } from "../parse.ts";
import { extractDocument } from "./index.ts";
import { DEFAULT_LIMITS } from "./limits.ts";
import { closeOcr, localLangPath } from "./ocr.ts";

afterAll(closeOcr);

// Rendering the fixtures needs a system font (Debian: fonts-dejavu-core).
const withFont = fixtures.fontAvailable() ? describe : describe.skip;
if (!fixtures.fontAvailable() && process.env.CI === "true") {
  throw new Error("OCR fixtures need fonts-dejavu-core (apt-get install fonts-dejavu-core)");
}

describe("the OCR model", () => {
  it("is read from the installed package, never downloaded", () => {
    expect(localLangPath()).toMatch(/node_modules\/@tesseract\.js-data\/eng\/4\.0\.0_best_int$/);
  });
});

withFont("OCR of images and scans", () => {
  it("reads a PNG photo of a page", { timeout: 120_000 }, async () => {
    const r = await parseResume(fixtures.pngPhoto(), { now: new Date("2024-01-01") });
    expect(r.source).toMatchObject({ kind: "png", ocr: true });
    expect(r.contact.name?.value).toBe("Priya Raman");
    expect(r.contact.email?.value).toBe("priya.raman@example.com");
    expect(r.experience.map((e) => e.company)).toContain("Acme Analytics Pvt Ltd");
    expect(r.warnings[0]).toMatch(/OCR/);
  });

  it("reads a scanned PDF that has no text layer", { timeout: 120_000 }, async () => {
    const r = await parseResume(fixtures.scannedPdf(), { skills: null, now: new Date("2024-01-01") });
    expect(r.source).toMatchObject({ kind: "pdf", ocr: true, pages: 1 });
    expect(r.contact.email?.value).toBe("priya.raman@example.com");
    expect(r.education[0]?.institution).toBe("College of Engineering Pune");
  });

  it("refuses a photo with no text", { timeout: 120_000 }, async () => {
    const error = await extractDocument(fixtures.blankPhoto(), DEFAULT_LIMITS).catch((e) => e);
    expect(error).toBeInstanceOf(CareerCraftError);
    expect(error.code).toBe("corrupt_input");
    expect(error.userMessage).toMatch(/No readable text was found in this image/);
  });
});
