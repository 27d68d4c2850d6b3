/**
 * O*NET Technology Skills -> taxonomy. Examples are product names such as
 * "Amazon Elastic Compute Cloud EC2" or "Microsoft Excel": the vendor prefix, a trailing
 * "software" and a trailing acronym become extra spellings, and an example that names a
 * curated skill only adds its flags and spelling to it.
 */
import { KIND_OF_SOFTWARE_HEAD, normalizeKey, phraseTokenKeys } from "../../data/taxonomy/normalize.ts";
import type { SkillCategory } from "../../data/taxonomy/types.ts";
import type { TaxonomyBuilder } from "./builder.ts";

const VENDORS = [
  "Amazon Web Services AWS",
  "Amazon Web Services",
  "Amazon",
  "Microsoft",
  "Oracle",
  "Apache",
  "Adobe Systems",
  "Adobe",
  "Google",
  "IBM",
  "Atlassian",
  "Autodesk",
  "SAP",
  "Apple",
  "The MathWorks",
  "Intuit",
  "Dassault Systemes",
  "Red Hat",
  "Bentley",
  "Trimble",
  "ESRI",
  "Cisco",
  "Hewlett Packard Enterprise",
  "Hewlett-Packard",
  "HP",
  "Corel",
  "Salesforce",
  "Siemens",
  "Infor",
  "Epic Systems",
  "Cerner",
  "Elsevier",
  "Thomson Reuters",
  "Wolters Kluwer",
  "Blackbaud",
  "Hyland",
  "Micro Focus",
  "VMware",
  "Facebook",
  "Meta",
  "JetBrains",
  "Eclipse",
  "Mozilla",
];
const VENDOR_RE = new RegExp(
  `^(?:${VENDORS.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s+`,
);

const CATEGORY_BY_COMMODITY: Record<string, SkillCategory> = {
  "Data base management system software": "database",
  "Cloud-based management software": "cloud_platform",
  "Cloud-based platform software": "cloud_platform",
};

/** Words that O*NET acronyms or product names spell but that are ordinary in any text. */
const STOP_KEYS = new Set<string>(
  (
    "etc inc ltd usa san apps eds mis bss connectivity lead ideas basic expert pro plus one it is as go do be me my we us am pm ad ads act arc art " +
    "can cat core data design draw easy edge excel fast first focus form forms free hub key kit link live lab " +
    "logic map maps mind net note notes office open pages paint people plan point post power project quick " +
    "ready reach report sage scan search select sense shape sketch smart spark star step studio suite sun " +
    "team teams time tools track trade view vision visual web wizard word works " +
    // Words newer than the frequency list the build reads (scripts/taxonomy/ordinary-words.ts).
    "webinar webinars chatbot chatbots"
  ).split(" "),
);

/** "EC2" is an acronym of "Elastic Compute Cloud"; "USA" is not one of "DeLorme Topo". */
function isAcronymOf(acronym: string, phrase: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, "");
  const initials = phrase
    .split(/[\s-]+/)
    .map((w) => w[0]?.toLowerCase() ?? "")
    .join("");
  let i = 0;
  for (const ch of initials) if (ch === letters[i]) i++;
  return letters.length >= 2 && i === letters.length;
}

export interface OnetExample {
  example: string;
  commodity: string;
  hot: boolean;
  inDemand: boolean;
}

export interface OnetNames {
  cleaned: string;
  devendored: string;
  acronym?: string;
  withoutAcronym?: string;
  /**
   * The words after the product's own name that the acronym spells exactly: "SSA Global
   * Warehouse Management System WMS" -> "Warehouse Management System". Undefined when the
   * acronym spells the whole name ("Elastic Compute Cloud EC2").
   */
  acronymSpells?: string;
}

/** The trailing words (not all of them) whose initials are the acronym's letters. */
function spelledTail(acronym: string, phrase: string): string | undefined {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, "");
  const words = phrase.split(/\s+/);
  if (letters.length < 2 || words.length <= letters.length) return undefined;
  const tail = words.slice(-letters.length);
  return tail.map((w) => w[0]?.toLowerCase()).join("") === letters ? tail.join(" ") : undefined;
}

export function onetNames(example: string): OnetNames {
  const cleaned = example.replace(/\s+software$/i, "").trim() || example;
  const devendored = cleaned.replace(VENDOR_RE, "").trim() || cleaned;
  const words = devendored.split(/\s+/);
  const last = words[words.length - 1];
  if (words.length >= 3 && /^[A-Z][A-Z0-9+#/.-]+$/.test(last) && last !== words[0]) {
    const withoutAcronym = words.slice(0, -1).join(" ");
    if (isAcronymOf(last, withoutAcronym))
      return {
        cleaned,
        devendored,
        acronym: last,
        withoutAcronym,
        acronymSpells: spelledTail(last, withoutAcronym),
      };
  }
  return { cleaned, devendored };
}

/** Returns example -> skill id, which the role profiles reuse. */
export function mergeOnet(
  builder: TaxonomyBuilder,
  examples: OnetExample[],
  commonWords: Set<string>,
  isWordOrPlace: (key: string) => boolean = (key) => commonWords.has(key),
): Map<string, string> {
  const byExample = new Map<string, string>();
  // Three letters or fewer ("Ant", "xv") or a short capitalised acronym ("ADP", "SPSS") may be
  // initials or another thing's acronym as much as a word may be a word.
  const oneWordNeedsContext = (name: string) => {
    if (phraseTokenKeys(name).length !== 1) return false;
    const key = normalizeKey(name);
    return (
      key.length <= 3 ||
      (/^[A-Z0-9]+$/.test(name) && key.length <= 4) ||
      STOP_KEYS.has(key) ||
      isWordOrPlace(key)
    );
  };
  const isCommon = (phrase: string) =>
    phraseTokenKeys(phrase).every((k) => commonWords.has(k) || STOP_KEYS.has(k) || /^\d/.test(k));
  // "A programming language" opened by an article is ordinary words, not a product's spelling.
  const articlePhrase = (a: string | undefined) => !!a && /^(?:a|an|the)\s/i.test(a) && isCommon(a);
  // A one-word spelling that is an ordinary word ("Pages", "Lead", "IDEAS") would fire on every
  // text; such products stay findable by their full name only.
  const usable = (a: string) => {
    const key = normalizeKey(a);
    return (
      key.length >= 3 &&
      !(phraseTokenKeys(a).length === 1 && (commonWords.has(key) || STOP_KEYS.has(key))) &&
      !STOP_KEYS.has(key)
    );
  };
  for (const ex of examples) {
    const names = onetNames(ex.example);
    // "SSA Global Warehouse Management System WMS": WMS abbreviates the kind of product, not
    // this product; as its spelling it made every "Manhattan WMS" an SSA Global system.
    if (
      names.acronymSpells &&
      isCommon(names.acronymSpells) &&
      KIND_OF_SOFTWARE_HEAD.test(names.acronymSpells)
    )
      names.acronym = undefined;
    const candidates = [ex.example, names.cleaned, names.devendored, names.withoutAcronym].filter(
      (c): c is string => !!c,
    );
    let skill = candidates.map((c) => builder.ownerOf(c)).find((s) => s !== undefined);
    // By its acronym alone a product joins only a hand-written skill: "Watershed modeling system
    // WMS" is not the warehouse management system that took "WMS" first.
    const byAcronym = names.acronym && names.acronym.length >= 3 ? builder.ownerOf(names.acronym) : undefined;
    // Never a certification: "Adaptive conjoint analysis ACA" is software, not the ICAEW's ACA.
    if (!skill && byAcronym?.sources.includes("curated") && byAcronym.category !== "certification")
      skill = byAcronym;
    if (skill) {
      builder.addSource(skill, "onet");
      builder.addAlias(skill, ex.example);
    } else {
      const shortName = names.withoutAcronym ?? names.devendored;
      const generic = isCommon(shortName) && (!names.acronym || isCommon(names.acronym));
      skill = builder.add({
        name: names.cleaned,
        // "X software" is not kept: lookup drops that tail and extraction finds "X" inside it.
        // "A programming language APL": the words its acronym spells, when ordinary words opened
        // by an article, name no product ("Skills: A programming language, Java" is not APL).
        aliases: [
          names.devendored,
          articlePhrase(names.withoutAcronym) ? undefined : names.withoutAcronym,
          names.acronym,
          ex.example,
        ]
          .filter((a): a is string => !!a && usable(a))
          .filter((a) => !/\ssoftware$/i.test(a)),
        category: CATEGORY_BY_COMMODITY[ex.commodity] ?? "tool",
        type: "technical",
        // One-word product names that are ordinary words or places ("Aspen", "Navigator",
        // "FEAR"), short ones and short acronyms count in a list of skills or with a cue, like
        // other ambiguous names; "Dropbox", "iMovie", "Westlaw" are found in running text.
        ambiguousNames: [names.cleaned, names.devendored, names.acronym ?? ""].filter(
          (n) => n.length > 0 && ((n === names.acronym && n.length <= 4) || oneWordNeedsContext(n)),
        ),
        extractable: !generic && normalizeKey(names.cleaned).length >= 3,
        source: "onet",
      });
    }
    if (ex.hot) skill.hot = true;
    if (ex.inDemand) skill.inDemand = true;
    byExample.set(ex.example, skill.id);
  }
  return byExample;
}

/** Unique examples with their flags OR-ed over every occupation. */
export function onetExamples(rows: Record<string, string>[]): OnetExample[] {
  const map = new Map<string, OnetExample>();
  for (const r of rows) {
    const prev = map.get(r.Example);
    const hot = r["Hot Technology"] === "Y";
    const inDemand = r["In Demand"] === "Y";
    if (prev) {
      prev.hot ||= hot;
      prev.inDemand ||= inDemand;
    } else map.set(r.Example, { example: r.Example, commodity: r["Commodity Title"], hot, inDemand });
  }
  return [...map.values()];
}
