/**
 * Soft skills from what the person did, not from a list of adjectives: "Led a team of 8",
 * "Presented results to the board", "Negotiated supplier contracts", "Mentored two juniors"
 * show leadership, presenting, negotiating and mentoring, and the sentence is quoted. A soft
 * skill only named ("Leadership" in a skills section, "excellent communicator" in a summary, a
 * "♦" list) keeps at most a listed-only skill's credit; shown in a role's duties it counts in full.
 *
 * The cues are the behaviours each skill names (ESCO's own labels for these transversal
 * skills are such phrases: "lead others", "negotiate", "mentor individuals", "address an
 * audience"); they are read from the person's roles, summary and projects only — never from
 * the skills list — and from sentences not addressed to software, by the word cues below and
 * by the soft-skill reader compiled from ESCO's labels (tools/skills/soft-skill-reader.ts). The
 * offline embedder cannot tell "Negotiated contracts" from unrelated duties reliably (cosine
 * ~0.4 vs ~0.2 for "negotiation"), so the behaviours are matched as words.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { withoutInstructions } from "../jobs/signals.ts";
import { inKeywordList } from "../resume/fields/prose-evidence.ts";
import { readSoftSkills } from "../skills/soft-skill-reader.ts";
import { type GroupResult, LISTED_ONLY_FACTOR } from "./match.ts";
import { groupWeight } from "./score-skills.ts";
import type { ScoreDetail } from "./types.ts";

/** A soft skill the job only names as typical (a role profile's) weighs as a nice-to-have. */
const TYPICAL_WEIGHT = 0.5;

/** Behaviour that shows a soft skill, by taxonomy id (verbs in any tense). */
export const SOFT_SKILL_CUES: Readonly<Record<string, RegExp>> = {
  leadership:
    /\b(led|lead(ing|s)?\s+(a|the|an|our)?\s*(team|group|department|project|initiative|effort)s?|headed|spearheaded|supervis\w+|managed\s+(a\s+)?(team|staff|group)|team lead(er)?|direct\w*,?\s+(\w+,?\s+){0,6}(team|staff|workers|employees|personnel))\b/i,
  "lead-others": /\b(led|lead(ing)? (a|the) team|supervis\w+|headed|spearheaded)\b/i,
  "team-management":
    /\b(managed\s+(a\s+)?(team|staff|group)|supervis\w+|team of \d+|hired|recruited and trained|direct reports?|people manager)\b/i,
  presentation:
    /\b(present(ed|ing|ations?)\b|spoke at|speaker at|public speaking|delivered (talks?|workshops?|seminars?|training)|lectur\w+|keynote)/i,
  "address-an-audience": /\b(present(ed|ing|ations?)\b|spoke at|speaker|lectur\w+|keynote)/i,
  negotiation: /\b(negotiat\w+|closed deals?|closing deals?|deal closing|bargain\w*)\b/i,
  mentoring:
    /\b(mentor\w*|coach(ed|ing|es)?|tutor(ed|ing)?|trained\s+(new|junior|\d+)|onboard(ed|ing)\s+new)\b/i,
  "instruct-others":
    /\b(taught|teach(es|ing)?|instruct\w*|train(ed|ing)?\s+(staff|students|new|users|employees))\b/i,
  "motivate-others": /\b(motivat\w+|inspir\w+)\b/i,
  collaboration:
    /\b(collaborat\w+|worked closely with|partner(ed|ing) with|cross[- ]functional|liais\w+|in conjunction with)\b/i,
  teamwork:
    /\b(team(s)? of|as (a|part of a) team|with the team|team member|teamwork|worked with (a|the) team)\b/i,
  communication:
    /\b(communicat(ed|ing) (with|to)|liais(ed|ing)|correspond(ed|ing) with|wrote (reports|articles|documentation|proposals)|present(ed|ing) (to|at)|reported to)\b/i,
  persuasion: /\b(persuad\w+|convinc\w+|influenc\w+|won (over|approval|buy-in))\b/i,
  "stakeholder-management": /\b(stakeholders?|clients? relationships?|key accounts?|account management)\b/i,
  "customer-service":
    /\b(customers?|clients?|patrons?|guests?|callers?)\b.*\b(serv\w+|support\w*|assist\w*|help\w*|handl\w+|resolv\w+)\b|\b(serv\w+|support\w*|assist\w*|handl\w+)\b.*\b(customers?|clients?|guests?|callers?)\b/i,
  "customer-focus": /\b(customer satisfaction|client satisfaction|customer needs|client needs)\b/i,
  "problem-solving": /\b(resolv\w+|troubleshoot\w*|diagnos\w+|solv(ed|ing)|root cause)\b/i,
  "conflict-resolution":
    /\b(resolved (conflicts?|disputes?|complaints?)|mediat\w+|de-?escalat\w+|complaints?)\b/i,
  organization: /\b(organi[sz](ed|ing)|coordinat\w+|schedul\w+|planned|planning|arranged)\b/i,
  "time-management": /\b(deadlines?|on time|ahead of schedule|prioriti[sz]\w+|multi-?task\w*)\b/i,
  "attention-to-detail":
    /\b(proofread\w*|audit\w*|accura(te|cy)|error[- ]free|reconcil\w+|quality check\w*|checked)\b/i,
  creativity: /\b(design(ed|ing)|creat(ed|ing)|invent\w+|conceived|original|innovat\w+)\b/i,
  initiative: /\b(initiated|launched|founded|introduced|pioneered|proposed|started (a|the|an))\b/i,
  "decision-making": /\b(decid\w+|decision|approv(ed|ing)|determin(ed|ing))\b/i,
  "make-decisions": /\b(decid\w+|decision|approv(ed|ing))\b/i,
  adaptability: /\b(adapt\w+|transition\w*|relocat\w+|changing (priorities|requirements))\b/i,
  "work-independently":
    /\b(independently|on my own|self-directed|sole (developer|person|responsib\w+)|freelanc\w+)\b/i,
  "interpersonal-skills": /\b(rapport|relationships? with|interpersonal|liais\w+)\b/i,
  "cross-cultural":
    /\b(international teams?|multicultural|cross-cultural|global teams?|across \d+ countries)\b/i,
};

export interface SoftSkillShown {
  /** The line that shows it, quoted. */
  quote: string;
  /** Where: "Team Lead at Acme", "your summary", "project X". */
  where: string;
}

/** Bullet glyphs that separate list items the way commas do ("♦ Conflict Management ♦ Budgeting"). */
const LIST_GLYPHS = /[♦◆▪■●►➢✓✔·•]/;
/** A glyph-separated piece this short is a name in a list ("Stakeholder Relations"), not a sentence. */
const NAME_PIECE_WORDS = 3;
/** This many names in a row between glyphs are a keyword list. */
const NAME_RUN = 3;

/** The words of one piece between glyphs that are not in a comma keyword run. */
function sentenceWords(piece: string): string[] {
  const kept: string[] = [];
  for (const m of piece.matchAll(/[^\s|]+/g))
    if (!inKeywordList(piece, { start: m.index, end: m.index + m[0].length })) kept.push(m[0]);
  return kept;
}

/**
 * The sentence words of a line, without keyword runs: "♦ Conflict Management ♦ Stakeholder
 * Relations ♦ Budgeting" in a summary is a list of names (listed-only), not a behaviour shown.
 * Each piece between glyphs is read on its own: "• 7 years managing a team • Built the plan"
 * is sentences, and a keyword list run on from the last of them (a stuffed or repeated block)
 * takes only that piece's list, never the sentences before it (repeating the resume's own
 * skills after a bulleted summary had turned the whole summary into one list — issue 13).
 */
function proseOf(line: string): string {
  const pieces = line.split(LIST_GLYPHS).map((p) => p.trim());
  const isName = (p: string) => p.length > 0 && !/[,;|]/.test(p) && p.split(/\s+/).length <= NAME_PIECE_WORDS;
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let j = i;
    while (j < pieces.length && isName(pieces[j]!)) j++;
    if (j - i >= NAME_RUN) {
      i = j;
      continue;
    }
    const end = Math.max(j, i + 1);
    for (; i < end; i++) kept.push(...sentenceWords(pieces[i]!));
  }
  return kept.join(" ");
}

/** The person's own account of what they did (never the skills list). */
function accountLines(profile: ProfileSnapshot): { text: string; where: string }[] {
  const lines: { text: string; where: string }[] = [];
  const add = (text: string | undefined, where: string) => {
    const t = text && proseOf(withoutInstructions(text).replace(/\s+/g, " ").trim());
    if (t && t.length >= 3) lines.push({ text: t, where });
  };
  // A duty says more than a title ("Led a team of 6" over "Team Lead"): duties are quoted first.
  const where = (e: ProfileSnapshot["experience"][number]) =>
    `${e.title ?? "a role"}${e.company ? ` at ${e.company}` : ""}`;
  for (const e of profile.experience) for (const b of e.bullets) add(b, where(e));
  for (const e of profile.experience) add(e.title, where(e));
  for (const s of (profile.summary ?? "").split(/(?<=[.!?])\s+/)) add(s, "your summary");
  for (const p of profile.projects) add(p.description, `project ${p.name}`);
  // A resume whose duties could not be placed in roles (one pasted paragraph) keeps its
  // sentences only as the parser's quotes of where a skill was used (never a keyword list).
  for (const skill of profile.skills)
    for (const e of skill.evidence) {
      const quoted = /^described: "(.*)"$/.exec(e)?.[1];
      if (quoted) add(quoted, "your resume");
    }
  return lines;
}

/**
 * The first line of the person's roles, summary or projects that shows the soft skill: by the
 * behaviour ESCO names for it (soft-skill-reader.ts: "Trained 6 new sales reps" is mentoring)
 * or by the cues above.
 */
export function softSkillShown(profile: ProfileSnapshot, ids: readonly string[]): SoftSkillShown | undefined {
  const cues = ids.map((id) => SOFT_SKILL_CUES[id]).filter((c): c is RegExp => c !== undefined);
  const wanted = new Set(ids);
  const shows = (t: string) =>
    cues.some((c) => c.test(t)) || readSoftSkills(t).some((h) => wanted.has(h.skillId));
  for (const line of accountLines(profile)) {
    if (!shows(line.text)) continue;
    // The sentence that shows it is the quote, not the start of a long duty paragraph.
    const sentence = line.text.split(/(?<=[.!?;])\s+/).find(shows) ?? line.text;
    return { quote: sentence.slice(0, 160), where: line.where };
  }
  return undefined;
}

/** The soft skills a role profile may name as typical (the everyday ones, not ESCO's verb forms). */
const TYPICAL_SOFT_SKILLS = [
  "leadership",
  "team-management",
  "instruct-others",
  "presentation",
  "negotiation",
  "mentoring",
  "collaboration",
  "communication",
  "persuasion",
  "stakeholder-management",
  "customer-service",
  "problem-solving",
  "conflict-resolution",
  "organization",
  "time-management",
  "attention-to-detail",
  "creativity",
  "decision-making",
];

/**
 * Soft-skill ids whose behaviour a text (a role's duties, an ad's) names: what the role typically
 * asks. The cues above, and the behaviours ESCO names ("establish training programs for sales
 * representatives" is mentoring), in a stable order.
 */
export function softSkillsNamedIn(texts: readonly string[]): string[] {
  const byCue = TYPICAL_SOFT_SKILLS.filter((id) => texts.some((t) => SOFT_SKILL_CUES[id]!.test(t)));
  return [...byCue, ...softSkillsReadIn(texts).filter((id) => !byCue.includes(id))];
}

/**
 * Soft-skill ids an ad's text shows through behaviour ESCO names (soft-skill-reader.ts): "you
 * will coach a team of account executives" is mentoring. The word cues above are too loose for
 * an ad ("design", "planning", "customers" appear in any ad) and are left to role descriptions.
 */
export function softSkillsReadIn(texts: readonly string[]): string[] {
  const read = new Set(texts.flatMap((t) => readSoftSkills(t).map((h) => h.skillId)));
  // "Train employees" shows mentoring and instructing at once: one soft skill to look for, not two.
  if (read.has("mentoring")) read.delete("instruct-others");
  return [...read].sort();
}

/**
 * The softSkills score: each soft skill the job asks, credited in full when a role, the summary
 * or a project shows it (quoted), else at its listed credit. Weights as for every skill
 * (score-skills.ts); soft skills the job only names as typical (`alsoTypical`, a role
 * profile's) weigh as nice-to-haves and count only when shown. Not scored when there are none.
 */
export function scoreSoftSkills(
  results: GroupResult[],
  profile: ProfileSnapshot,
  alsoTypical: { id: string; name: string }[] = [],
  roleProfile = false,
): ScoreDetail {
  const soft = results.filter((r) => r.group.type === "soft");
  const asked = new Set(soft.flatMap((r) => r.group.ids));
  const typical = alsoTypical.filter((t) => !asked.has(t.id));
  if (soft.length + typical.length === 0)
    return {
      score: null,
      enoughData: false,
      // Says what is missing: for a described role, the occupation's descriptions (O*NET, ESCO)
      // name no behaviour to look for — the person's side is not what is missing.
      explanation: roleProfile
        ? "Not scored: this role's O*NET and ESCO descriptions name no soft skill to look for; a real ad for it usually does."
        : "Not scored: the job names no soft skills.",
      evidence: [],
      weight: 0,
    };
  let total = 0;
  let earned = 0;
  let shownCount = 0;
  let listedCount = 0;
  const evidence: string[] = [];
  for (const r of soft) {
    const tag = r.group.critical ? "must-have" : r.group.kind;
    const shown = softSkillShown(profile, r.group.ids);
    total += groupWeight(r.group);
    // Named but not shown (a skills list, "excellent communicator" in a summary): a claim, so at
    // most a listed skill's credit, however exact the name.
    earned += groupWeight(r.group) * (shown ? 1 : Math.min(r.credit, LISTED_ONLY_FACTOR));
    if (shown) {
      shownCount++;
      evidence.push(`${r.group.label} (${tag}): shown in ${shown.where}: "${shown.quote}"`);
    } else if (r.match) {
      listedCount++;
      evidence.push(
        `${r.group.label} (${tag}): ${r.match.skill} via ${r.match.via}, credit ${Math.min(r.credit, LISTED_ONLY_FACTOR).toFixed(2)} (named, not shown in a role)`,
      );
    } else evidence.push(`${r.group.label} (${tag}): not shown in your roles or summary`);
  }
  const whose = roleProfile ? "typical of the role" : "the ad's duties show it";
  for (const t of typical) {
    const shown = softSkillShown(profile, [t.id]);
    total += TYPICAL_WEIGHT;
    if (shown) {
      shownCount++;
      earned += TYPICAL_WEIGHT;
      evidence.push(`${t.name} (${whose}): shown in ${shown.where}: "${shown.quote}"`);
    } else evidence.push(`${t.name} (${whose}): not shown in your roles or summary`);
  }
  const count = soft.length + typical.length;
  const missing = count - shownCount - listedCount;
  return {
    score: Math.round((100 * earned) / total),
    enoughData: true,
    explanation: `${shownCount} of ${count} soft skill(s) shown by what you did (quoted), ${listedCount} only named, ${missing} not shown.`,
    evidence,
    weight: 0,
  };
}
