import * as f from "/work/main/test-support/fixtures/resume/index.ts";
import { PDFParse } from "pdf-parse";
const p = new PDFParse({ data: new Uint8Array(f.twoColumnPdf()) });
const doc: any = await (p as any).load();
const page = await doc.getPage(1);
const c = await page.getTextContent();
for (const it of c.items.slice(0, 12)) console.log(JSON.stringify({ s: it.str.slice(0, 30), t: it.transform, w: it.width, h: it.height }));
