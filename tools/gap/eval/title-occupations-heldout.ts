/**
 * `node --import tsx tools/gap/eval/title-occupations-heldout.ts`: which reader of "which O*NET
 * occupations is this title" is right most often on titles the tables were not built from
 * (issue 13; role-occupations.ts is the one kept). The titles: ESCO occupation labels
 * (../shared/data/taxonomies/esco/occupations_en.csv) that no O*NET title (roles.json), no
 * role-extras alsoCalled and no curated title holds; the gold: the one O*NET occupation whose own
 * title is the ESCO occupation's preferred label word for word. Title only (ESCO labels carry no
 * duties). Prints per reader top-1, top-3, same SOC broad occupation at top-1, and the share it
 * answers at all. Reads ../shared only; skips without it.
 */
import path from "node:path";
import { CURATED_TITLES } from "../../../data/roles/curated-titles.ts";
import { getRoleExtras } from "../../../data/roles/extras.ts";
import { getRoles, titleWords } from "../../../data/roles/index.ts";
import { readCsv } from "../../../scripts/taxonomy/sources.ts";
import { shippedOccupationReader } from "../../jobs/occupation-reader.ts";
import { occupationsDoneIn } from "../field-work.ts";
import { heldOccupations } from "../held-work.ts";
import { occupationsOfTitle } from "../occupation-kinship.ts";
import { occupationsOfRole, READ_BAR, rankedOccupations } from "../role-occupations.ts";
import { roleOccupations } from "../shared-work-kinship.ts";
import { SHARED_DATA, sharedDataMissing } from "./shared-data.ts";

const key = (t: string) => titleWords(t).join(" ");
const plainTitle = (t: string) => t.length <= 40 && t.split(/\s+/).length <= 5 && !/[,()/]/.test(t);

/** ESCO labels no table holds, each with the O*NET occupation its ESCO occupation is. */
export function heldOutTitles(): { title: string; code: string; did: string }[] {
  const file = path.join(SHARED_DATA, "taxonomies/esco/occupations_en.csv");
  if (sharedDataMissing(file)) return [];
  const roles = getRoles().roles;
  const known = new Set<string>();
  const byOwnTitle = new Map<string, string[]>();
  for (const r of roles) {
    byOwnTitle.set(key(r.title), [...(byOwnTitle.get(key(r.title)) ?? []), r.code]);
    known.add(key(r.title));
    for (const t of r.titles) known.add(t[2] ?? key(t[0]));
  }
  for (const extra of Object.values(getRoleExtras().roles))
    for (const t of extra.alsoCalled ?? []) known.add(key(t));
  for (const [t] of CURATED_TITLES) known.add(key(t));
  // O*NET names occupations in the plural ("Cashiers"): its singular titles are in roles.json too.
  const own = (label: string) => {
    const codes = [...new Set(occupationsOfTitle(label))];
    return codes.length === 1 &&
      roles.find((r) => r.code === codes[0])?.titles.some((t) => t[2] === key(label))
      ? codes[0]
      : undefined;
  };
  const out: { title: string; code: string; did: string }[] = [];
  const seen = new Set<string>();
  for (const o of readCsv(file)) {
    const code = own(o.preferredLabel ?? "");
    if (!code) continue;
    for (const label of (o.altLabels ?? "").split(/\n/).map((l) => l.trim())) {
      const k = key(label);
      if (!k || !plainTitle(label) || known.has(k) || seen.has(k)) continue;
      seen.add(k);
      // What the occupation does, as a resume's lines would say it: ESCO's description, not read by the tables' readers.
      const did = (o.description ?? "")
        .split(/(?<=\.)\s+/)
        .slice(0, 2)
        .join(" ");
      out.push({ title: label, code, did });
    }
  }
  return out;
}

type Reader = (title: string, did: string) => string[];

function main() {
  const items = heldOutTitles();
  if (items.length === 0) {
    console.log("skipped: ../shared/data/taxonomies/esco/occupations_en.csv is absent");
    return;
  }
  const reader = shippedOccupationReader();
  const readersOf: [string, Reader][] = [
    ["held-work heldOccupations", (t) => heldOccupations(t)],
    ["field-work occupationsDoneIn", (t, d) => occupationsDoneIn({ title: t, bullets: d ? [d] : [] })],
    ["shared-work-kinship roleOccupations", (t, d) => roleOccupations(t, d)],
    [
      "listed, else the reader (no ranking)",
      (t) => {
        const listed = occupationsOfTitle(t);
        if (listed.length) return listed;
        const read = reader?.fromTitle(t);
        return read && read.score >= READ_BAR ? [read.code] : [];
      },
    ],
    ["role-occupations occupationsOfRole", (t, d) => occupationsOfRole({ title: t, bullets: d ? [d] : [] })],
    ["occupationsOfRole, duties' reading first", (t, d) => rankedOccupations(t, d, READ_BAR, true)],
    ...[0.55].map((bar): [string, Reader] => [
      `occupationsOfRole at reader bar ${bar}`,
      (t, d) => rankedOccupations(t, d, bar),
    ]),
  ];
  for (const withDuties of [false, true]) {
    console.log(
      `\n${items.length} held-out ESCO titles, ${withDuties ? "with ESCO's description as what was done" : "title only"}`,
    );
    console.log("| reader | top-1 | top-3 | same broad occupation (top-1) | answered |");
    console.log("|---|---|---|---|---|");
    for (const [name, read] of readersOf) {
      let top1 = 0;
      let top3 = 0;
      let broad = 0;
      let answered = 0;
      for (const { title, code, did } of items) {
        const codes = read(title, withDuties ? did : "");
        if (codes.length) answered++;
        if (codes[0] === code) top1++;
        if (codes.slice(0, 3).includes(code)) top3++;
        if (codes[0]?.slice(0, 6) === code.slice(0, 6)) broad++;
      }
      const f = (n: number) => (n / items.length).toFixed(3);
      console.log(`| ${name} | ${f(top1)} | ${f(top3)} | ${f(broad)} | ${f(answered)} |`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
