/**
 * `npm run build:role-extras`: derives data/roles/role-extras.json from O*NET and ESCO
 * (../shared/data/taxonomies) next to data/roles/roles.json:
 *   - duties: the occupation's tasks as O*NET describes them, one per sentence, so a dream
 *     role is matched to what a resume says the person did, not only to tools;
 *   - alsoCalled: the titles the occupation goes by — the curated common titles, O*NET's reported titles and most-cited
 *     alternate titles plus the preferred and alternative labels of the ESCO occupation that
 *     shares its titles ("Lawyers" <-> ESCO "lawyer": attorney, legal counsel...);
 *   - softSkills and domains: soft skills and industries the O*NET description and the linked
 *     ESCO occupation's description name (derived ids only, no ESCO text is kept), so a dream
 *     role's soft skills and domain knowledge are scored instead of "Not scored";
 *   - dutySkills: the knowledge the occupation's duties call for, by meaning
 *     (scripts/taxonomy/duty-skills.ts), asked by a described role that no kind of tool describes;
 *   - fieldAsks: the trade's own competences (ESCO labels, by meaning: scripts/taxonomy/field-asks.ts),
 *     asked by a described role that no kind of tool describes (a cook, an electrician);
 *   - generic: technologies so widespread across occupations (Excel, Outlook...) that listing
 *     them says nothing about a role; a dream role asks them only as nice-to-haves.
 * Run after `npm run build:taxonomy` (it reads the compiled roles.json).
 */

import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createOfflineEmbedder } from "../data/embeddings/offline-embedder.ts";
import { CURATED_TITLES, singularTitle } from "../data/roles/curated-titles.ts";
import type { RoleExtras } from "../data/roles/extras.ts";
import type { CompiledRoles } from "../data/roles/types.ts";
import { softSkillsNamedIn } from "../tools/gap/soft-skills.ts";
import type { RoleFinder } from "../tools/jobs/dream-role.ts";
import { createRoleFinder } from "../tools/jobs/role-finder.ts";
import { findDomains } from "../tools/jobs/signals.ts";
import { addDutySkills, KNOWLEDGE_CATEGORIES } from "./taxonomy/duty-skills.ts";
import { escoDuties } from "./taxonomy/esco-duties.ts";
import { escoLinkVotes } from "./taxonomy/esco-link-votes.ts";
import { addFieldAsks, fieldAskNodes } from "./taxonomy/field-asks.ts";
import { readCsv, readTsv, sourcePaths } from "./taxonomy/sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = sourcePaths(process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data"));

/** Share of occupations above which a technology is generic (Excel 84%, Outlook 62%, Access 35%). */
const GENERIC_SHARE = 0.3;
const MAX_DUTIES = 5;
/** Duties read from the linked ESCO occupation's description, after O*NET's own. */
const MAX_ESCO_DUTIES = 4;
/** A title this typical of the occupation may link it to the ESCO occupation of that name, for duties. */
const LOOSE_LINK_WEIGHT = 0.5;
/** An ESCO occupation is linked when it shares its own name and one more title (or three titles). */
const ESCO_LINK_VOTES = 3;
/** A one-word title whose word is in the titles of more occupations than this says little ("Developer"). */
const MAX_OCCUPATIONS_PER_WORD = 5;
const MAX_ALSO_CALLED = 30;
/** Titles O*NET shows in My Next Move or names from several sources (roles.json weight). */
const TYPICAL_TITLE_WEIGHT = 0.8;

const titleKey = (t: string) => singularTitle(t.trim().toLowerCase().replace(/\s+/g, " "));

/** A short, plain title people write on a resume (not "Attorney, Environmental Law (ELA)"). */
const plainTitle = (t: string) => t.length <= 40 && t.split(/\s+/).length <= 5 && !/[,()/]/.test(t);

export function buildRoleExtras(
  compiled: CompiledRoles,
  occupations: Record<string, string>[],
  esco: Record<string, string>[],
  findRole: RoleFinder = createRoleFinder(compiled),
  /** Cosine of two descriptions (the offline embedder in the build); without it repeats count. */
  describesSame?: (onet: string, esco: string) => number,
): RoleExtras {
  const description = new Map(occupations.map((o) => [o["O*NET-SOC Code"], o.Description ?? ""]));
  const escoByLabel = new Map<string, Set<number>>();
  const escoLabels = esco.map((o, i) => {
    const labels = [o.preferredLabel ?? "", ...(o.altLabels ?? "").split(/\n/)]
      .map((l) => l.trim())
      .filter((l) => l.length > 1);
    for (const l of labels) {
      const k = titleKey(l);
      if (!escoByLabel.has(k)) escoByLabel.set(k, new Set());
      escoByLabel.get(k)!.add(i);
    }
    return {
      preferred: titleKey(o.preferredLabel ?? ""),
      labels,
      description: o.description ?? "",
      regulated: /\/regulated$/.test(o.regulatedProfessionNote ?? ""),
      isco: o.iscoGroup ?? "",
    };
  });
  // ISCO unit groups with a regulated ESCO occupation (2211 generalist medical practitioners,
  // 2261 dentists, 2262 pharmacists...): ESCO marks one occupation of a group regulated
  // ("general practitioner", "dental practitioner"), while the O*NET occupations link to its
  // siblings ("Family Medicine Physicians" -> "specialised doctor" or "physician"); the
  // regulation is the group's.
  const regulatedGroups = new Set(escoLabels.filter((e) => e.regulated && e.isco).map((e) => e.isco));

  const spread = new Map<string, number>();
  for (const r of compiled.roles)
    for (const id of new Set([...r.coreSkills, ...r.commonSkills])) spread.set(id, (spread.get(id) ?? 0) + 1);
  const generic = [...spread.entries()]
    .filter(([, n]) => n / compiled.roles.length > GENERIC_SHARE)
    .map(([id]) => id)
    .sort();

  const typicalTitles = (role: CompiledRoles["roles"][number]) => [
    role.title,
    ...role.titles.filter(([, w]) => w >= TYPICAL_TITLE_WEIGHT).map(([t]) => t),
  ];
  // Words in the titles of many occupations ("developer", "analyst", "manager").
  const occupationsWithWord = new Map<string, number>();
  for (const role of compiled.roles) {
    const words = new Set(typicalTitles(role).flatMap((t) => titleKey(t).split(" ")));
    for (const w of words) occupationsWithWord.set(w, (occupationsWithWord.get(w) ?? 0) + 1);
  }
  /**
   * A title counts as one of this occupation's names only when it says this occupation: the
   * role finder (curated map first) reads it as this occupation — "Network Engineer", an O*NET
   * alternate title of software developers, reads as network architects and is left out — and
   * it is not one word shared by the titles of many occupations.
   */
  const namesThis = (title: string, code: string) => {
    const words = titleKey(title).split(" ");
    if (words.length === 1 && (occupationsWithWord.get(words[0]!) ?? 0) > MAX_OCCUPATIONS_PER_WORD)
      return false;
    return findRole(title)?.role.code === code;
  };

  /**
   * For duties only (never for regulation or titles): the ESCO occupation whose own name is
   * one of the occupation's titles, the more typical title first, when no stronger link
   * exists ("Cargo and Freight Agents" has the title "Shipping Agent", an ESCO occupation's name).
   */
  const looselyLinked = (role: CompiledRoles["roles"][number]) => {
    const curated = CURATED_TITLES.filter(([, code]) => code === role.code).map(([t]) => t);
    const titles = [
      ...curated.map((t) => [t, true] as const),
      ...[...role.titles]
        .sort((a, b) => b[1] - a[1])
        .filter(([, w]) => w >= LOOSE_LINK_WEIGHT)
        .map(([t]) => [t, false] as const),
    ];
    for (const [t, isCurated] of titles) {
      const k = titleKey(t);
      const named = [...(escoByLabel.get(k) ?? [])];
      // Its own name, else — for a curated common title only, checked by hand against O*NET —
      // the one ESCO occupation that goes by it ("lecturer" is only the higher education
      // lecturer's). O*NET's many alternate titles are looser ("Postal Service Clerks" to a
      // lottery cashier), so for them only an ESCO occupation's own name links.
      const own =
        named.find((i) => escoLabels[i]!.preferred === k) ??
        (isCurated && named.length === 1 ? named[0] : undefined);
      if (own !== undefined && findRole(t)?.role.code === role.code) return escoLabels[own];
    }
    return undefined;
  };

  const roles: RoleExtras["roles"] = {};
  const linkedEsco = new Map<string, { regulated: boolean }>();
  for (const role of compiled.roles) {
    const typical = typicalTitles(role);
    // The ESCO occupation whose labels share most of these titles (its own name counting double;
    // another job's name said by several titles only when the descriptions agree: esco-link-votes.ts).
    const votes = escoLinkVotes(typical.map(titleKey), escoByLabel, escoLabels, (esco) =>
      describesSame?.(description.get(role.code) ?? "", esco.description),
    );
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    const linked = best && best[1] >= ESCO_LINK_VOTES ? escoLabels[best[0]] : undefined;
    // Regulated when the linked ESCO occupation is, or a typical title is the name of a regulated
    // one ("Family Physician" is an ESCO general practitioner's name).
    // ESCO's alternative labels are loose ("service manager" is one of the advanced nurse
    // practitioner's), so only the occupation's own name may match one; other titles must
    // match a regulated occupation's preferred name.
    // The occupation's own name before a qualifier counts as its name ("Dentists, General" ->
    // "Dentist", an ESCO dental practitioner's label).
    const ownName = titleKey(role.title.split(",")[0]!);
    const regulatedByTitle = typical.some((t, i) =>
      [...(escoByLabel.get(titleKey(t)) ?? [])].some(
        (e) =>
          escoLabels[e]!.regulated &&
          (i === 0 || escoLabels[e]!.preferred === titleKey(t) || titleKey(t) === ownName),
      ),
    );
    // Or when the linked occupation, or one the occupation's own name is the preferred name of,
    // sits in a regulated ISCO unit group.
    const named = [...(escoByLabel.get(titleKey(role.title)) ?? [])].filter(
      (e) => escoLabels[e]!.preferred === titleKey(role.title),
    );
    const regulatedByGroup = [...(linked ? [linked] : []), ...named.map((e) => escoLabels[e]!)].some((e) =>
      regulatedGroups.has(e.isco),
    );
    // Or when ESCO names only kinds of it ("general", "specialised", "official veterinarian" for
    // O*NET's Veterinarians) and they all sit in one regulated ISCO unit group.
    const kinds = escoLabels.filter((e) => e.preferred.endsWith(` ${ownName}`));
    const regulatedByKinds =
      kinds.length >= 2 &&
      new Set(kinds.map((e) => e.isco)).size === 1 &&
      regulatedGroups.has(kinds[0]!.isco);
    if (linked || regulatedByTitle || regulatedByGroup || regulatedByKinds)
      linkedEsco.set(role.code, {
        regulated: regulatedByTitle || regulatedByGroup || regulatedByKinds || linked?.regulated === true,
      });
    const escoTitles = linked?.labels ?? [];
    const alsoCalled: string[] = [];
    const seen = new Set<string>([titleKey(role.title)]);
    const curated = CURATED_TITLES.filter(([, code]) => code === role.code).map(([t]) => t);
    for (const t of [...curated, ...typical.slice(1), ...escoTitles]) {
      const k = titleKey(t);
      if (seen.has(k) || !plainTitle(t) || !namesThis(t, role.code)) continue;
      seen.add(k);
      alsoCalled.push(t);
      if (alsoCalled.length >= MAX_ALSO_CALLED) break;
    }
    const duties = (description.get(role.code) ?? "")
      .split(/(?<=\.)\s+/)
      .map((s) => s.trim().replace(/\.$/, ""))
      .filter((s) => s.length > 10)
      .slice(0, MAX_DUTIES);
    // The linked ESCO occupation's description says more of the work than O*NET's one or two
    // sentences do ("Logistics Coordinator" had three duties and no required skill, issue 13):
    // its sentences read as duties, the ones O*NET already says left out.
    const onetWords = new Set(duties.flatMap((d) => d.toLowerCase().split(/\W+/)));
    const described = linked ?? looselyLinked(role);
    const fromEsco = (described ? escoDuties(described.description, described.preferred) : [])
      .filter((d) => {
        const w = d
          .toLowerCase()
          .split(/\W+/)
          .filter((x) => x.length > 3);
        return w.filter((x) => onetWords.has(x)).length < w.length * 0.6;
      })
      .slice(0, MAX_ESCO_DUTIES);
    // What the work names, in both descriptions: derived ids only.
    const work = [description.get(role.code) ?? "", linked?.description ?? ""];
    const softSkills = softSkillsNamedIn(work.flatMap((t) => t.split(/(?<=\.)\s+/)));
    const domains = findDomains(undefined, work.join(" "));
    roles[role.code] = {
      duties,
      ...(fromEsco.length ? { escoDuties: fromEsco } : {}),
      alsoCalled,
      ...(softSkills.length ? { softSkills } : {}),
      ...(domains.length ? { domains } : {}),
    };
  }
  addCredentials(compiled, roles, description, linkedEsco);
  return {
    version: 1,
    builtFrom: [
      "O*NET 29.2 Occupation Data, titles and job zones",
      "ESCO v1.1.1 occupations (labels, descriptions and the duties they state, regulated professions)",
    ],
    generic,
    roles,
  };
}

/** An O*NET description sentence that states what the work requires ("Licensing required."). */
const REQUIRES = /\b(must|requires?|required)\b/i;
/** ... a licence, registration or certificate to hold. */
const STATES_LICENCE = /\b(licen[cs]\w*|registration|registered|certifi\w*)\b/i;
/** ... a graduate degree or an accredited programme: a degree experience cannot stand in for. */
const STATES_DEGREE = /\b(graduate education|graduate \w+ education|accredited (educational )?program\w*)\b/i;
/**
 * Occupations licensed by law in every jurisdiction that neither source states it for: ESCO
 * 1.1.1 gives its regulated general practitioner and specialised doctor no other labels (so no
 * O*NET physician links to them) and does not mark lawyers regulated, and O*NET's descriptions
 * name no licence. Kept to what no data covers: SOC minor group 29-1200 (physicians and
 * surgeons) and lawyers.
 */
const LICENSED_BY_LAW: { code: RegExp; basis: string }[] = [
  { code: /^29-12[1-4]\d\./, basis: "SOC 29-1200 physicians and surgeons: a medical licence to practise" },
  { code: /^23-1011\./, basis: "lawyers: admission to the bar to practise law" },
];
/** Job zone 5: "most of these occupations require graduate school". */
const GRADUATE_ZONE = 5;

/**
 * Licensed and regulated occupations (data/roles/extras.ts `RoleCredentials`): an occupation
 * is licensed when O*NET's description states a required licence, registration or certificate
 * ("Licensing or registration required.") or a graduate degree ("Must be registered nurses
 * who have specialized graduate education."), or when the ESCO occupation it is linked to is
 * a regulated profession (ESCO's regulated-professions note: advanced nurse practitioner,
 * pharmacist, general practitioner). It needs its own licence, and the licences of other
 * licensed occupations its requirement sentences name ("registered nurses"). Its degree is
 * one experience cannot stand in for when the description asks graduate education or an
 * accredited programme, or the occupation is regulated and in job zone 5.
 */
function addCredentials(
  compiled: CompiledRoles,
  roles: RoleExtras["roles"],
  description: Map<string, string>,
  linkedEsco: Map<string, { regulated: boolean }>,
): void {
  const statements = new Map<string, string[]>();
  for (const role of compiled.roles) {
    const said = (description.get(role.code) ?? "")
      .split(/(?<=\.)\s+/)
      .map((s) => s.trim().replace(/\.$/, ""))
      // Scope notes ("Those required to hold teaching certifications should be reported in ...")
      // say where jobs are filed, not what this one requires.
      .filter((s) => !/\bshould be reported\b/i.test(s))
      .filter((s) => REQUIRES.test(s) && (STATES_LICENCE.test(s) || STATES_DEGREE.test(s)));
    statements.set(role.code, said);
  }
  const byLaw = (code: string) => LICENSED_BY_LAW.find((l) => l.code.test(code))?.basis;
  const licensed = compiled.roles.filter(
    (r) => (statements.get(r.code)?.length ?? 0) > 0 || linkedEsco.get(r.code)?.regulated || byLaw(r.code),
  );
  // Licensed occupations by the words of their name ("registered nurse" -> Registered Nurses).
  const byName = new Map(licensed.map((r) => [titleKey(r.title), r] as const));
  const licenceOf = (r: CompiledRoles["roles"][number]) => ({
    name: singularTitle(r.title.split(",")[0]!.trim()),
    aka: (roles[r.code]?.alsoCalled ?? []).filter((t) => t.length >= 2),
  });
  for (const role of licensed) {
    const said = statements.get(role.code) ?? [];
    const law = byLaw(role.code);
    const regulated = linkedEsco.get(role.code)?.regulated === true || law !== undefined;
    const named = said.flatMap((s) => {
      const words = titleKey(s).split(" ");
      const out: CompiledRoles["roles"][number][] = [];
      for (let n = 3; n >= 2; n--)
        for (let i = 0; i + n <= words.length; i++) {
          const other = byName.get(titleKey(words.slice(i, i + n).join(" ")));
          if (other && other.code !== role.code && !out.includes(other)) out.push(other);
        }
      return out;
    });
    const zone = role.jobZone ? compiled.zones[role.jobZone] : undefined;
    const graduate = said.some((s) => STATES_DEGREE.test(s));
    const degree = graduate
      ? zone?.educationLevel === "doctorate"
        ? "doctorate"
        : "master"
      : regulated && role.jobZone === GRADUATE_ZONE
        ? zone?.educationLevel
        : undefined;
    roles[role.code] = {
      ...roles[role.code]!,
      credentials: {
        basis: [
          ...said.map((s) => `O*NET: ${s}`),
          ...(linkedEsco.get(role.code)?.regulated ? ["ESCO: a regulated profession"] : []),
          ...(law ? [`By law: ${law}`] : []),
        ],
        ...(degree && degree !== "none" ? { degree } : {}),
        licences: [licenceOf(role), ...named.map(licenceOf)],
      },
    };
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const compiled = JSON.parse(
    readFileSync(path.join(root, "data/roles/roles.json"), "utf8"),
  ) as CompiledRoles;
  const embedder = createOfflineEmbedder();
  const extras = buildRoleExtras(
    compiled,
    readTsv(src.onet("Occupation Data.txt")),
    readCsv(src.esco("occupations_en.csv")),
    undefined,
    (a, b) => {
      const [x, y] = embedder.embedSync!([a, b]);
      return x!.reduce((sum, v, i) => sum + v * y![i]!, 0);
    },
  );
  // The knowledge each occupation's work calls for, by meaning (scripts/taxonomy/duty-skills.ts).
  // The taxonomy's own skills (the lookup-only ESCO competences are never extracted from a resume).
  const taxonomy = JSON.parse(readFileSync(path.join(root, "data/taxonomy/taxonomy.json"), "utf8")) as {
    skills: { id: string; name: string; category: string }[];
  };
  const knowledge = taxonomy.skills.filter((s) => KNOWLEDGE_CATEGORIES.has(s.category));
  addDutySkills(compiled.roles, extras.roles, knowledge, (t) => embedder.embedSync!(t));
  // The trade's own competences, by meaning (scripts/taxonomy/field-asks.ts).
  const competences = fieldAskNodes(readCsv(src.esco("skills_en_v1.1.1_labels.csv")));
  addFieldAsks(compiled.roles, extras.roles, competences, (t) => embedder.embedSync!(t));
  extras.builtFrom.push(
    "ESCO v1.1.1 skill/competence labels (fieldAsks, by meaning against O*NET/ESCO duties)",
  );
  const file = path.join(root, "data/roles/role-extras.json");
  writeFileSync(file, `${JSON.stringify(extras)}\n`);
  const linked = Object.values(extras.roles).filter((r) => r.alsoCalled.length > 0).length;
  const withSoft = Object.values(extras.roles).filter((r) => r.softSkills?.length).length;
  const withDomain = Object.values(extras.roles).filter((r) => r.domains?.length).length;
  const withKnowledge = Object.values(extras.roles).filter((r) => r.dutySkills?.length).length;
  const withField = Object.values(extras.roles).filter((r) => r.fieldAsks?.length).length;
  const withEsco = Object.values(extras.roles).filter((r) => r.escoDuties?.length).length;
  const licensed = Object.entries(extras.roles).filter(([, r]) => r.credentials);
  for (const [code, r] of licensed)
    console.log(
      `  licensed ${code} ${r.credentials!.licences.map((l) => l.name).join(" + ")}${r.credentials!.degree ? `, ${r.credentials!.degree} (no substitute)` : ""}: ${r.credentials!.basis.join("; ")}`,
    );
  console.log(
    `role extras: ${Object.keys(extras.roles).length} occupations (${linked} with other titles), ` +
      `${withEsco} with ESCO duties, ${withKnowledge} with duty knowledge, ${withField} with field asks, ${withSoft} with soft skills, ${withDomain} with domains, ${licensed.length} licensed, ${extras.generic.length} generic technologies, ${(statSync(file).size / 1024).toFixed(0)} KB`,
  );
}
