/**
 * Soft skills shown by what people did rather than named: "led a team of 5 engineers"
 * is leadership and team management even though neither word appears.
 */
export interface PhraseRule {
  pattern: RegExp;
  skills: string[];
}

const N = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple)`;
const PEOPLE = `(?:engineers|developers|people|members|staff|employees|analysts|testers|designers|associates|agents|nurses|teachers|volunteers|students|interns|reports|consultants|professionals|individuals|resources|executives|representatives|reps)`;
const TEAM = `(?:team|teams|group|groups|squad|department|unit|staff|crew)`;

export const PHRASE_RULES: PhraseRule[] = [
  {
    pattern: new RegExp(
      String.raw`\b(?:led|lead|leading|headed|heading|managed|managing|manage|supervised|supervising|supervise|oversaw|overseeing|oversee|directed|directing|ran|built and led|built and managed)\s+(?:a\s+|an\s+|the\s+|my\s+)?(?:(?:global|cross[- ]functional|distributed|remote|offshore|onsite|small|large|high[- ]performing|dedicated|agile)\s+)*(?:${TEAM}|${N}\s+${PEOPLE})(?:\s+of\s+(?:${N}\+?\s*)?(?:${PEOPLE})?)?`,
      "gi",
    ),
    skills: ["leadership", "team-management"],
  },
  {
    pattern: new RegExp(
      String.raw`\bteam\s+of\s+${N}\+?\s+(?:${PEOPLE}\s+)?(?:reporting\s+to\s+me|under\s+me|direct\s+reports)`,
      "gi",
    ),
    skills: ["leadership", "team-management"],
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:mentored|mentoring|mentor|coached|coaching|guided|guiding|trained|training|onboarded)\s+(?:${N}\s+)?(?:junior|new|fresh|young|entry[- ]level)?\s*(?:${PEOPLE}|hires|joiners|team\s+members|colleagues|juniors|trainees|freshers)`,
      "gi",
    ),
    skills: ["mentoring"],
  },
  {
    pattern:
      /\b(?:presented|presenting|present)\s+(?:\w+\s+){0,4}?(?:to|at|before)\s+(?:the\s+)?(?:senior|executive|c-level|leadership|management|board|clients?|stakeholders|customers|conferences?|meetups?|audiences?)/gi,
    skills: ["presentation", "communication"],
  },
  {
    pattern: /\b(?:collaborated|collaborating|collaborate|partnered|partnering|worked\s+closely)\s+with\b/gi,
    skills: ["collaboration"],
  },
  {
    pattern: /\bcross[- ]functional(?:ly)?\s+(?:teams?|collaboration|partners|stakeholders)\b/gi,
    skills: ["collaboration", "teamwork"],
  },
  {
    pattern:
      /\bnegotiat(?:ed|ing|e)\s+(?:\w+\s+){0,3}?(?:contracts?|deals?|prices?|pricing|terms|agreements?|rates|with)\b/gi,
    skills: ["negotiation"],
  },
  {
    pattern:
      /\b(?:resolved|resolving|resolve|handled|handling|addressed)\s+(?:\w+\s+){0,2}?(?:customer|client|guest|patient)\s+(?:issues|complaints|queries|concerns|escalations|inquiries)\b/gi,
    skills: ["customer-service", "problem-solving"],
  },
  {
    pattern:
      /\b(?:communicated|communicating|liaised|liaising|interfaced|interfacing)\s+with\s+(?:\w+\s+){0,2}?(?:clients?|stakeholders|customers|vendors|business|management|executives|users)\b/gi,
    skills: ["communication", "stakeholder-management"],
  },
  {
    pattern:
      /\b(?:met|meet|meeting)\s+(?:all\s+|tight\s+|strict\s+|aggressive\s+)*deadlines\b|\bunder\s+tight\s+deadlines\b/gi,
    skills: ["time-management"],
  },
  {
    pattern:
      /\b(?:spearheaded|spearheading|championed|championing|drove|driving)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?(?:initiative|initiatives|adoption|transformation|migration|effort|efforts|strategy|program|programme)\b/gi,
    skills: ["leadership", "initiative"],
  },
  {
    pattern: /\b(?:resolved|resolving|mediated|mediating)\s+(?:\w+\s+)?(?:conflicts?|disputes?)\b/gi,
    skills: ["conflict-resolution"],
  },
];

export interface PhraseHit {
  skillId: string;
  start: number;
  end: number;
  text: string;
}

export function findPhraseSkills(text: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const rule of PHRASE_RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index ?? 0;
      const phrase = m[0].replace(/\s+$/, "");
      for (const skillId of rule.skills)
        hits.push({ skillId, start, end: start + phrase.length, text: phrase });
    }
  }
  return hits;
}
