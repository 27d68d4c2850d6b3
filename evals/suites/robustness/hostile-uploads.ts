/**
 * The uploads an attacker sent to the server (issue 19), generated here, each with the
 * clear message its sender must get: either the upload is refused (a program, a file
 * too large) or the chat turn that sends it answers with what was wrong.
 */

import {
  docxWithLargeText,
  elfCarryingPdfHeader,
  largePagePdf,
  textResumeMentioningPdfHeader,
} from "../../../test-support/fixtures/hostile-files.ts";
import { corruptPdf, manyPagePdf, zipBombDocx } from "../../../test-support/fixtures/resume/index.ts";
import { buildPdf } from "../../../test-support/fixtures/resume/pdf-writer.ts";

export interface HostileUpload {
  name: string;
  filename: string;
  make(): Uint8Array;
  /** What the sender is told, at upload or in the chat reply. */
  message: RegExp;
}

const pngClaiming = (width: number, height: number) => {
  const png = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png, 0);
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png;
};

export const HOSTILE_UPLOADS: HostileUpload[] = [
  {
    name: "DOCX whose document.xml is 45 MB",
    filename: "resume.docx",
    make: () => docxWithLargeText(45 * 1024 * 1024),
    message: /of document text and formatting, limit 2 MB/,
  },
  {
    name: "stored DOCX with 9.8 MB of XML",
    filename: "resume.docx",
    make: () => docxWithLargeText(9.8 * 1024 * 1024, { stored: true }),
    message: /of document text and formatting, limit 2 MB/,
  },
  {
    name: "DOCX just under the XML limit with 1.2 M characters",
    filename: "resume.docx",
    make: () => docxWithLargeText(1.9 * 1024 * 1024),
    message: /characters of text, far more than a resume/,
  },
  {
    name: "zip bomb named .docx",
    filename: "resume.docx",
    make: () => zipBombDocx({ lieAboutSize: true }),
    message: /larger than it claims|refused for safety/,
  },
  ...[5_000, 8_000, 14_400].map((points) => ({
    name: `PDF with a ${points} pt page and no text`,
    filename: "resume.pdf",
    make: () => largePagePdf(points, { text: false }),
    message: /no text layer, and its pages are too large to read as a scan/,
  })),
  {
    name: "PDF of 40 pages",
    filename: "resume.pdf",
    make: () => manyPagePdf(40),
    message: /40 pages; resumes of up to 10 pages/,
  },
  {
    name: "damaged PDF",
    filename: "resume.pdf",
    make: () => corruptPdf(),
    message: /damaged or not a real PDF/,
  },
  {
    name: "executable carrying %PDF-",
    filename: "resume.pdf",
    make: () => elfCarryingPdfHeader(),
    message: /a program or script, not a resume/,
  },
  {
    name: "PNG whose header claims 100,000 x 100,000 pixels",
    filename: "resume.png",
    make: () => pngClaiming(100_000, 100_000),
    message: /100000 x 100000 pixels, more than we read/,
  },
  {
    name: "text file of 300,000 characters",
    filename: "resume.txt",
    make: () => Buffer.from("Experienced analyst with SQL and Python. ".repeat(7_500)),
    message: /characters of text, far more than a resume/,
  },
  {
    name: "empty page PDF",
    filename: "resume.pdf",
    make: () => buildPdf([{}]),
    message: /No readable text was found in this PDF/,
  },
  {
    // Not hostile, but once refused as a damaged PDF: an honest plain-text resume that
    // mentions "%PDF-1.7" near the top must be read like any other.
    name: "text resume mentioning %PDF-1.7 near the top",
    filename: "resume.txt",
    make: () => textResumeMentioningPdfHeader(),
    message: /I've read|Done reading|I read/,
  },
];
