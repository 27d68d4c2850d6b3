/**
 * An occupation's technologies by kind (O*NET commodity class): what a described role asks.
 * O*NET lists a dozen tools of one class for one occupation (Salesforce, Act!, NetSuite for a
 * sales manager: all CRM software); a person needs one of them, not each. Which kinds are
 * required comes from the data:
 *   - the kind is the field's own (its class is concentrated in the occupation's SOC major
 *     group, FIELD_TOOL_LIFT) and O*NET flags one of its tools In Demand for the occupation
 *     (the occupation's own job postings name it);
 *   - only when O*NET has no posting data for the occupation at all (no In Demand flag on any
 *     of its tools), the field's most central kinds with a Hot tool, else its most central
 *     kinds (MIN_REQUIRED); when its postings name only everyone's tools (General and
 *     Operations Managers: Excel, Office, PowerPoint), only a kind with a Hot tool whose class
 *     is strongly concentrated in the field (STRONG_FIELD_LIFT: medical software for a medical
 *     assistant, flight control software for an air traffic controller); else no kind of tool is required and the duties are its asks. Hot is a flag over every occupation's postings (issue 13: CRM and ERP were
 *     required of an operations manager, Tableau and Teradata suggested to an accountant).
 * Other kinds are nice-to-haves when they are the field's own or listed by at least half of
 * the occupation's field (SOC minor group), and, when O*NET has posting data for the
 * occupation, one of their tools is In Demand for it (what most of its ads ask): first the field's kinds the occupation's own
 * description names (namedKinds), then the field's, the most central first; a class neither
 * concentrated in the field nor common in it (development environments for a sales manager:
 * Eclipse, Visual Basic) is left out. A nice-to-have whose tools are all widespread (Adobe
 * Acrobat, SharePoint, a web browser: each listed by WIDESPREAD_SHARE of all occupations or
 * more) is marked so and is at most one of the few widespread nice-to-haves.
 * A kind stands for the tools O*NET flags In Demand for the occupation (the ones its
 * postings name), else Hot, else all its tools, with the taxonomy's node for the kind when there
 * is one (crm takes every CRM); a kind of a single tool and no node is that tool: the
 * requirement stays specific.
 */
import type { ToolKind } from "../../data/roles/types.ts";
import type { Skill } from "../../data/taxonomy/types.ts";
import { commodityLift, commodityListing, FIELD_TOOL_LIFT, toolCentrality } from "./tool-concentration.ts";

/**
 * A class this concentrated in the major group is the field's beyond doubt (medical software
 * among health occupations 4.6, CAD among engineering ones 3.6, flight control software 11.8;
 * among managers business intelligence 3.2, CRM 2.3, ERP 2.0). Set by reading those cases, not fitted.
 */
const STRONG_FIELD_LIFT = 3.5;
/** With no In Demand kind, this many of the field's kinds are still asked. */
const MIN_REQUIRED = 2;
/** With no posting data, an unflagged kind is a nice-to-have only when O*NET lists this many of its products. */
const MIN_NICE_EXAMPLES = 2;
/** A kind the field does not concentrate is still a nice-to-have when this share of the field lists it. */
const MIN_FIELD_SHARE = 0.5;
/** Tools kept per kind (the most central first): enough to meet it, few enough to read. */
const MAX_TOOLS = 12;
const MAX_KINDS = 16;
/**
 * A tool listed by this share of all occupations says little about one of them: Adobe Acrobat
 * (18%), SharePoint (18%), Photoshop (16%), Microsoft Project (22%), a web browser (47%); a
 * field's own tools sit well below it (Salesforce 9%, QuickBooks 9%, an LMS 5%).
 */
export const WIDESPREAD_SHARE = 0.15;

/** A word in more than this share of commodity classes (2 of 135) names no kind ("software", "analysis", "computer"). */
const MAX_KIND_WORD_SHARE = 0.02;
/** ... or in more than this share of occupation descriptions ("information" 7%, "design" 10%; "accounting" 2%). */
const MAX_DESCRIPTION_WORD_SHARE = 0.05;

/** Crude suffix stripping so "accounting records" names "Accounting software" and "training" "training". */
function stem(word: string): string {
  const w = word.toLowerCase();
  for (const suffix of ["ations", "ation", "ing", "ers", "er", "es", "s", "ial", "al", "ed"])
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  return w;
}

const wordsOf = (text: string) => new Set((text.match(/[A-Za-z]{4,}/g) ?? []).map(stem));

/**
 * Which commodity classes an occupation's own description names by a distinctive word of the
 * class: Accountants' "interpret accounting records to prepare financial statements" names
 * accounting and financial analysis software; General and Operations Managers' "human
 * resources" names HR software. Words common to many classes ("software", "data") do not count.
 */
export function namedKinds(
  technology: Record<string, string>[],
  descriptions: Map<string, string>,
): (code: string, commodity: string) => boolean {
  const classes = [...new Set(technology.map((r) => r["Commodity Title"]))];
  const df = new Map<string, number>();
  for (const c of classes) for (const w of wordsOf(c)) df.set(w, (df.get(w) ?? 0) + 1);
  // ... nor does a word many occupations' descriptions use ("information", "design").
  const inDescriptions = new Map<string, number>();
  for (const text of descriptions.values())
    for (const w of wordsOf(text)) inDescriptions.set(w, (inDescriptions.get(w) ?? 0) + 1);
  const distinctive = (w: string) =>
    (df.get(w) ?? 0) <= Math.max(1, MAX_KIND_WORD_SHARE * classes.length) &&
    (inDescriptions.get(w) ?? 0) <= Math.max(1, MAX_DESCRIPTION_WORD_SHARE * descriptions.size);
  const described = new Map<string, Set<string>>();
  return (code, commodity) => {
    let words = described.get(code);
    if (!words) {
      words = wordsOf(descriptions.get(code) ?? "");
      described.set(code, words);
    }
    for (const w of wordsOf(commodity)) if (distinctive(w) && words.has(w)) return true;
    return false;
  };
}

/** "Customer relationship management CRM software" -> "CRM software"; others unchanged. */
export function kindName(commodity: string): string {
  const m = /^(.*\S)\s+([A-Z]{2,5})\s+software$/.exec(commodity);
  if (!m) return commodity;
  const initials = m[1]
    .split(/[\s-]+/)
    .map((w) => w[0]?.toUpperCase() ?? "")
    .join("");
  return initials.endsWith(m[2]) || initials === m[2] ? `${m[2]} software` : commodity;
}

/**
 * The SOC major group where an occupation's trade lives when it is not the occupation's own:
 * the agent noun of its O*NET title ("Web and Digital Interface Designers" -> designers)
 * names at least MIN_TRADE occupations, TRADE_SHARE of them in one other major group (27 arts
 * and design: graphic, industrial, interior, fashion designers). SOC files web designers
 * with the computer occupations, where Git, Jira and Java are concentrated; a designer's
 * trade is design. Undefined when the trade is the occupation's own group or spread out.
 */
const MIN_TRADE = 3;
const TRADE_SHARE = 2 / 3;
export function tradeGroups(titles: Map<string, string>): (code: string) => string | undefined {
  const head = (title: string) => title.split(",")[0]!.trim().split(/\s+/).pop()!.toLowerCase();
  const byHead = new Map<string, string[]>();
  for (const [code, title] of titles) byHead.set(head(title), [...(byHead.get(head(title)) ?? []), code]);
  return (code) => {
    const title = titles.get(code);
    if (!title) return undefined;
    const codes = byHead.get(head(title)) ?? [];
    const counts = new Map<string, number>();
    for (const c of codes) counts.set(c.slice(0, 2), (counts.get(c.slice(0, 2)) ?? 0) + 1);
    const [group, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ["", 0];
    return codes.length >= MIN_TRADE && n / codes.length >= TRADE_SHARE && group !== code.slice(0, 2)
      ? group
      : undefined;
  };
}

export interface KindInputs {
  technology: Record<string, string>[];
  /** O*NET's title of each occupation, by code: where its trade lives (tradeGroups). */
  titles?: Map<string, string>;
  /** O*NET's description of each occupation's work, by code: a kind it names comes first. */
  descriptions?: Map<string, string>;
  exampleToSkill: Map<string, string>;
  /** The taxonomy's skill owning a spelling ("CRM software" -> crm) and a skill by id. */
  taxonomy: { ownerOf(term: string): Skill | undefined; get(id: string): Skill | undefined };
}

/**
 * Returns, for an occupation and its tools in order of importance (roles.ts ranking, a
 * neighbouring speciality's tools excluded), the occupation's kinds of tool.
 */
export function toolKindsBuilder(input: KindInputs): (code: string, ordered: string[]) => ToolKind[] {
  const lift = commodityLift(input.technology);
  const listing = commodityListing(input.technology);
  const named = namedKinds(input.technology, input.descriptions ?? new Map());
  const occupations = new Set(input.technology.map((r) => r["O*NET-SOC Code"])).size;
  const tradeOf = tradeGroups(input.titles ?? new Map());
  const rowsOf = new Map<string, Record<string, string>[]>();
  for (const r of input.technology) {
    const list = rowsOf.get(r["O*NET-SOC Code"]) ?? [];
    list.push(r);
    rowsOf.set(r["O*NET-SOC Code"], list);
  }
  const listers = new Map<string, Set<string>>();
  for (const r of input.technology) {
    const id = input.exampleToSkill.get(r.Example);
    if (!id) continue;
    if (!listers.has(id)) listers.set(id, new Set());
    listers.get(id)!.add(r["O*NET-SOC Code"]);
  }
  /**
   * The taxonomy's node for the kind, only when the taxonomy itself files one of the kind's
   * tools under it (crm is Salesforce's parent): "Medical software" is also a spelling of the
   * healthcare domain, which no EHR is a child of.
   */
  const nodeOf = (commodity: string, tools: string[]) => {
    const name = kindName(commodity);
    for (const term of new Set([
      commodity,
      name,
      commodity.replace(/\s+software$/i, ""),
      name.replace(/\s+software$/i, ""),
    ])) {
      const node = input.taxonomy.ownerOf(term);
      if (node?.type !== "technical") continue;
      if (tools.some((t) => t === node.id || input.taxonomy.get(t)?.parents.includes(node.id)))
        return node.id;
    }
    return undefined;
  };

  return (code, ordered) => {
    const rank = new Map(ordered.map((id, i) => [id, i]));
    type Draft = Omit<ToolKind, "required" | "name"> & {
      commodity: string;
      field: boolean;
      /** How concentrated the kind's class is in the occupation's SOC major group. */
      lift: number;
      share: number;
      hot: boolean;
      inDemand: boolean;
      examples: number;
      /** The kind's tools O*NET flags Hot (in postings of any occupation). */
      flagged: string[];
      /** The kind's tools O*NET flags In Demand (in this occupation's postings). */
      demanded: string[];
    };
    const drafts = new Map<string, Draft>();
    for (const r of rowsOf.get(code) ?? []) {
      const commodity = r["Commodity Title"];
      const id = input.exampleToSkill.get(r.Example);
      let d = drafts.get(commodity);
      if (!d) {
        const listed = listing(code, commodity);
        d = {
          commodity,
          tools: [],
          field: lift(code, commodity) >= FIELD_TOOL_LIFT,
          lift: lift(code, commodity),
          share: (listed.siblings + 1) / Math.max(1, listed.groupSize),
          centrality: toolCentrality(listed, occupations),
          hot: false,
          inDemand: false,
          examples: 0,
          flagged: [],
          demanded: [],
        };
        drafts.set(commodity, d);
      }
      d.examples++;
      // Only a tool the occupation's ranking kept (not a neighbouring speciality's) stands for the
      // kind, and flags it.
      if (!id || !rank.has(id)) continue;
      d.hot ||= r["Hot Technology"] === "Y";
      d.inDemand ||= r["In Demand"] === "Y";
      if (!d.tools.includes(id)) d.tools.push(id);
      if (r["In Demand"] === "Y" && !d.demanded.includes(id)) d.demanded.push(id);
      if (r["Hot Technology"] === "Y" && !d.flagged.includes(id)) d.flagged.push(id);
    }
    const kinds = [...drafts.values()].filter((d) => d.tools.length > 0);
    // A kind stands for the tools postings name (JavaScript, HTML for web platforms; not
    // ColdFusion): In Demand for the occupation, else Hot anywhere; the kind's own node still
    // takes its other tools.
    for (const d of kinds)
      if (d.demanded.length > 0) d.tools = d.tools.filter((id) => d.demanded.includes(id));
      else if (d.flagged.length > 0) d.tools = d.tools.filter((id) => d.flagged.includes(id));
    // The tools most occupations know first (Salesforce before Blackbaud's nonprofit CRM), then
    // the occupation's own ranking.
    const known = (id: string) => listers.get(id)?.size ?? 0;
    for (const d of kinds) d.tools.sort((a, b) => known(b) - known(a) || rank.get(a)! - rank.get(b)!);
    // How central the kind is to the field (its share of the minor group x how specific the
    // class is), not how many products O*NET happens to list under it.
    const byCentrality = (a: Draft, b: Draft) =>
      b.centrality - a.centrality || b.examples - a.examples || a.commodity.localeCompare(b.commodity);
    const field = kinds.filter((d) => d.field).sort(byCentrality);
    const specific = (id: string) => known(id) < WIDESPREAD_SHARE * occupations;
    let required = field.filter((d) => d.demanded.length > 0);
    const postingData = (rowsOf.get(code) ?? []).some((r) => r["In Demand"] === "Y");
    if (required.length === 0 && !postingData) {
      required = field.filter((d) => d.hot).slice(0, MIN_REQUIRED);
      if (required.length === 0) required = field.slice(0, MIN_REQUIRED);
    }
    // Postings that name only everyone's tools still leave a field's unmistakable kind: a Hot
    // tool of a class strongly concentrated in the field (medical software for a medical assistant).
    if (required.length === 0)
      required = field.filter((d) => d.hot && d.lift >= STRONG_FIELD_LIFT).slice(0, MIN_REQUIRED);
    const asked = new Set(required);
    const widespread = (d: Draft) => !asked.has(d) && !d.tools.some(specific);
    // With posting data, a nice-to-have is a kind the occupation's own postings name (In Demand):
    // what O*NET only lists for it (IBM Domino, a Hot Jira for an operations manager; classroom
    // quiz apps for an instructional designer) is not what most of its ads ask. Without posting
    // data, a kind O*NET names by one unflagged product only (Delphi Technology, IBM Domino,
    // Quizlet for a kitchen supervisor) is not one either: it needs a Hot tool, several products
    // listed for the occupation, or an example in ordinary words that names the work itself
    // ("Appointment scheduling software" for a barber: the taxonomy keeps such names
    // unextractable) to say the field works with it (a new user's trial: a cook aiming at
    // kitchen manager got eight weeks of one-off products in the roadmap).
    const described = (d: Draft) => d.tools.some((id) => input.taxonomy.get(id)?.extractable === false);
    const listedEnough = (d: Draft) =>
      postingData ? d.inDemand : d.hot || d.examples >= MIN_NICE_EXAMPLES || described(d);
    const nice = kinds
      .filter((d) => !asked.has(d) && (d.field || d.share >= MIN_FIELD_SHARE) && listedEnough(d))
      .sort(
        (a, b) =>
          Number(widespread(a)) - Number(widespread(b)) ||
          Number(b.field && named(code, b.commodity)) - Number(a.field && named(code, a.commodity)) ||
          Number(b.field) - Number(a.field) ||
          byCentrality(a, b),
      );
    // A required kind the occupation's trade does not concentrate (Git for a web designer, whose
    // trade is design) is marked: a described title naming the trade's discipline asks it as a
    // nice-to-have (tools/jobs/title-discipline.ts).
    const trade = tradeOf(code);
    const outsideTrade = (d: Draft) =>
      trade !== undefined && asked.has(d) && lift(`${trade}-0000.00`, d.commodity) < FIELD_TOOL_LIFT;
    return [...required, ...nice].slice(0, MAX_KINDS).map((d): ToolKind => {
      const skillId = nodeOf(d.commodity, d.tools);
      return {
        name: kindName(d.commodity),
        ...(skillId ? { skillId } : {}),
        tools: d.tools.slice(0, MAX_TOOLS),
        required: asked.has(d),
        ...(widespread(d) ? { widespread: true } : {}),
        ...(outsideTrade(d) ? { outsideTrade: true } : {}),
        centrality: d.centrality,
      };
    });
  };
}
