/**
 * Loads the dotin labelled resumes (XML with inline <label type="..."> tags): the text
 * is the file with the tags stripped, the gold fields are the labelled spans.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type GoldField =
  | "Name"
  | "Email Address"
  | "Location"
  | "Designation"
  | "Companies worked at"
  | "Degree"
  | "College Name"
  | "Graduation Year"
  | "Years of Experience"
  | "Tech Tools"
  | "Job Specific Skills"
  | "Soft Skills";

export interface LabelledResume {
  id: string;
  text: string;
  gold: Partial<Record<GoldField, string[]>>;
}

const LABEL_RE = /<label type="([^"]+)">([\s\S]*?)<\/label>/g;

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function parseLabelledXml(id: string, xml: string): LabelledResume {
  const body = xml.replace(/^[\s\S]*?<cv>\s*/, "").replace(/\s*<\/cv>[\s\S]*$/, "");
  const gold: LabelledResume["gold"] = {};
  for (const m of body.matchAll(LABEL_RE)) {
    const type = m[1] as GoldField;
    const value = unescapeXml(m[2]).replace(/\s+/g, " ").trim();
    if (!value) continue;
    const list = gold[type] ?? [];
    list.push(value);
    gold[type] = list;
  }
  const text = unescapeXml(body.replace(/<\/?label[^>]*>/g, ""));
  return { id, text, gold };
}

/** The shared data folder beside the repository, where the labelled sets live. */
export function sharedDataDir(repoRoot: string): string {
  return path.resolve(repoRoot, "../shared/data");
}

export function loadDotin(dir: string): LabelledResume[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xml"))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
    .map((f) => parseLabelledXml(f.replace(/\.xml$/, ""), readFileSync(path.join(dir, f), "utf8")));
}
