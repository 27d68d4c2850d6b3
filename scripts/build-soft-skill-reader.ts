/**
 * `npm run build:soft-skills`: derives data/soft-skills/reader.json, the cues the soft-skill
 * reader (tools/skills/soft-skill-reader.ts) looks for in duties, achievements and ads.
 *
 * ESCO names each soft skill as behaviour, verb first: "instruct others" (train others, teach
 * others), "negotiate compromise" (bargain, negotiate), "lead others" (supervise others, direct
 * others), "coach employees", "negotiate sales contracts". Each label of the anchor skills below
 * (ESCO transversal skills and a few ESCO skills of people work, with their alternative labels from
 * both ESCO files) becomes a cue: the verb's lemma and the object words it takes. A label whose
 * object is people ("others", "employees", "staff", "a team") takes any person as object, and the
 * nouns for persons are the last words of ESCO's occupation names ("representative", "nurse") —
 * so "Trained 6 new sales reps" is read as "train employees" and "Negotiated contracts with
 * carriers" as "negotiate". Only verbs, object words and our skill ids are kept: no ESCO text.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readCsv, sourcePaths } from "./taxonomy/sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = sourcePaths(process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data"));

/**
 * ESCO skills (preferred labels) that are soft skills, and the project's soft-skill ids each shows.
 * Ours: which ESCO behaviour is which of our skills. The words a cue matches come from ESCO.
 */
export const ANCHORS: Readonly<Record<string, readonly string[]>> = {
  "lead others": ["leadership"],
  "lead a team": ["leadership", "team-management"],
  "motivate others": ["leadership"],
  "motivate employees": ["leadership"],
  "manage staff": ["team-management"],
  "supervise staff": ["team-management"],
  "supervise work": ["team-management"],
  "delegate responsibilities": ["team-management"],
  "recruit employees": ["team-management"],
  "mentor individuals": ["mentoring"],
  "mentor individual employees": ["mentoring"],
  "coach employees": ["mentoring"],
  "coach young people": ["mentoring"],
  "support colleagues": ["mentoring"],
  "train employees": ["mentoring", "instruct-others"],
  "instruct others": ["mentoring", "instruct-others"],
  "negotiate compromise": ["negotiation"],
  "negotiate compromises": ["negotiation"],
  "negotiate sales contracts": ["negotiation"],
  "negotiate terms with suppliers": ["negotiation"],
  "negotiate price": ["negotiation"],
  "negotiate settlements": ["negotiation"],
  "negotiate supplier arrangements": ["negotiation"],
  "negotiate with stakeholders": ["negotiation", "stakeholder-management"],
  "resolve conflicts": ["conflict-resolution"],
  "address an audience": ["presentation"],
  "give live presentation": ["presentation"],
  "present reports": ["presentation"],
  "persuade others": ["persuasion"],
  "report facts": ["communication"],
  "interact with others": ["communication"],
  "liaise with colleagues": ["communication", "collaboration"],
  "liaise with managers": ["communication", "collaboration"],
  "liaise with board members": ["communication", "stakeholder-management"],
  "liaise with shareholders": ["stakeholder-management"],
  "cooperate with colleagues": ["collaboration", "teamwork"],
  "cooperate with professionals": ["collaboration"],
  "work in teams": ["teamwork"],
  "handle customer complaints": ["customer-service", "conflict-resolution"],
  "assist customers": ["customer-service"],
  "maintain relationship with customers": ["customer-service", "stakeholder-management"],
  "solve problems": ["problem-solving"],
  "develop strategy to solve problems": ["problem-solving"],
  "make decisions": ["decision-making"],
  "manage time": ["time-management"],
  "prioritise requests": ["time-management"],
  "attend to detail": ["attention-to-detail"],
  "adapt to change": ["adaptability"],
  "deal with uncertainty": ["adaptability"],
  "think creatively": ["creativity"],
  "identify opportunities": ["initiative"],
};

/**
 * Verbs too general to show a soft skill by themselves ("help people", "support customers",
 * "work with engineers", "report"): alternative labels using them are left out. Ours.
 */
const GENERAL_VERBS = new Set(
  (
    "be have do make get take give keep show use work help support assist provide carry perform apply " +
    "participate handle deal discuss determine agree improve arrange consult contact meet connect build " +
    "establish maintain develop run act come seek share distribute set play go put find prepare produce " +
    "submit compile itemise accompany engage enlist call tender furnish administer sustain visualise focus " +
    "try attempt strive choose conform assimilate adjust concentrate endeavor weigh check sort design report"
  ).split(" "),
);
/** Words that are not the object's head (articles, prepositions, pronouns). Ours. */
const FUNCTION_WORDS = new Set(
  "a an the to with of for in on at by and or your own other others' their his her its our my from about into as".split(
    " ",
  ),
);
/** Object words that mean "persons": such a label takes any person as its object. */
const PERSON_OBJECTS = new Set(
  "others other people person individuals individual employees employee staff colleagues colleague team teams subordinates workers worker personnel co-workers youngsters group".split(
    " ",
  ),
);
/** Short forms people write for persons that no occupation name ends with. Ours. */
const PERSON_SHORT_FORMS = [
  "rep",
  "junior",
  "trainee",
  "newcomer",
  "member",
  "student",
  "pupil",
  "learner",
  "intern",
  "volunteer",
];

/** An occupation's last word is a person when occupations end with it at least 1/5 as often as skills name it. */
const PERSON_OVER_THING = 5;

const splitLabels = (s: string | undefined) =>
  (s ?? "")
    .split(/\n|\s\|\s/)
    .map((x) => x.trim().toLowerCase())
    .filter((x) => x.length > 1);

/** A noun's singular (enough for ESCO's regular plurals). */
export function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

export interface ReaderCue {
  /** Our soft-skill ids the behaviour shows. */
  skills: string[];
  /** "*": the verb alone shows it; else object words (singular), "@person" for any person. */
  objects: "*" | string[];
}

export interface SoftSkillReaderData {
  version: 1;
  builtFrom: string[];
  /** Nouns for persons (singular): the last words of ESCO occupation names, and a few short forms. */
  persons: string[];
  /** Verb lemma -> cues. */
  cues: Record<string, ReaderCue[]>;
}

export function buildSoftSkillReader(
  transversal: Record<string, string>[],
  labels: Record<string, string>[],
  occupations: Record<string, string>[],
): SoftSkillReaderData {
  const labelsOf = new Map<string, Set<string>>();
  for (const row of [...transversal, ...labels]) {
    const preferred = (row.preferredLabel ?? "").trim().toLowerCase();
    if (!ANCHORS[preferred]) continue;
    const set = labelsOf.get(preferred) ?? new Set([preferred]);
    for (const l of splitLabels(row.altLabels)) set.add(l);
    labelsOf.set(preferred, set);
  }
  // A word is a verb when ESCO starts more skill names with it ("negotiate", "train") than
  // knowledge names ("customer service", "sales activities"): the first word of a nominal label
  // ("customer complaints", "statistical reports") is not.
  const starts = new Map<string, number>();
  for (const row of [...labels, ...transversal]) {
    const first = (row.preferredLabel ?? "").trim().toLowerCase().split(/\s+/)[0] ?? "";
    const vote = row.skillType === "knowledge" ? -1 : 1;
    starts.set(first, (starts.get(first) ?? 0) + vote);
  }
  // Verbs no ESCO name starts with ("bargain", "mediate") pass unless shaped as a noun or
  // adjective ("coaching", "employees", "statistical", "openness").
  const isVerb = (w: string) =>
    (starts.get(w) ?? 0) >= 0 &&
    !FUNCTION_WORDS.has(w) &&
    /^[a-z]+$/.test(w) &&
    !/(ing|[^s]s|ly|al|ic|ness|ship|ment|ion|ive)$/.test(w);
  const missing = Object.keys(ANCHORS).filter((a) => !labelsOf.has(a));
  if (missing.length > 0) console.warn(`soft-skill reader: ESCO has no skill named ${missing.join(", ")}`);

  // verb -> skills key -> objects
  const table = new Map<string, Map<string, Set<string>>>();
  for (const [anchor, all] of labelsOf) {
    const skills = [...ANCHORS[anchor]!].sort().join(",");
    for (const label of all) {
      const words = label.split(/[^a-z'-]+/).filter(Boolean);
      const verb = words[0];
      // "group of people", "staff supervision": a noun phrase about persons, not a behaviour.
      if (!verb || GENERAL_VERBS.has(verb) || PERSON_OBJECTS.has(verb) || !isVerb(verb)) continue;
      const rest = words.slice(1).filter((w) => !FUNCTION_WORDS.has(w));
      const objects = rest.length === 0 ? ["*"] : rest.map(singular);
      const person = rest.some((w) => PERSON_OBJECTS.has(w));
      const bySkills = table.get(verb) ?? new Map<string, Set<string>>();
      const set = bySkills.get(skills) ?? new Set<string>();
      for (const o of person ? ["@person"] : objects) set.add(o);
      bySkills.set(skills, set);
      table.set(verb, bySkills);
    }
  }
  const cues: Record<string, ReaderCue[]> = {};
  for (const verb of [...table.keys()].sort()) {
    cues[verb] = [...table.get(verb)!.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([skills, objects]) => ({
        skills: skills.split(","),
        objects: objects.has("*") ? "*" : [...objects].sort(),
      }));
  }
  const persons = new Set(PERSON_SHORT_FORMS.map(singular));
  for (const w of PERSON_OBJECTS) persons.add(singular(w));
  // The last word of an occupation's name is a person ("representative", "nurse") unless ESCO's
  // skill names use it more as a thing ("model", "aircraft": "create 3D models").
  const asThing = new Map<string, number>();
  for (const row of labels)
    for (const w of (row.preferredLabel ?? "").toLowerCase().split(/[^a-z-]+/))
      if (w) asThing.set(singular(w), (asThing.get(singular(w)) ?? 0) + 1);
  const asPerson = new Map<string, number>();
  for (const o of occupations) {
    const last = (o.preferredLabel ?? "")
      .toLowerCase()
      .replace(/\(.*\)/, "")
      .trim()
      .split(/\s+/)
      .at(-1);
    if (last && /^[a-z-]{3,}$/.test(last))
      asPerson.set(singular(last), (asPerson.get(singular(last)) ?? 0) + 1);
  }
  for (const [w, n] of asPerson) if (n * PERSON_OVER_THING >= (asThing.get(w) ?? 0)) persons.add(w);
  return {
    version: 1,
    builtFrom: [
      "ESCO v1.1.1 transversal skills and skill labels (preferred and alternative labels)",
      "ESCO v1.1.1 occupations (the last word of each name)",
    ],
    persons: [...persons].sort(),
    cues,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const data = buildSoftSkillReader(
    readCsv(src.esco("transversalSkillsCollection_en.csv")),
    readCsv(src.esco("skills_en_v1.1.1_labels.csv")),
    readCsv(src.esco("occupations_en.csv")),
  );
  const dir = path.join(root, "data/soft-skills");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "reader.json");
  writeFileSync(file, `${JSON.stringify(data)}\n`);
  const cueCount = Object.values(data.cues).reduce((n, c) => n + c.length, 0);
  console.log(
    `soft-skill reader: ${Object.keys(data.cues).length} verbs, ${cueCount} cues, ${data.persons.length} person nouns -> ${path.relative(root, file)}`,
  );
}
