/** Slot readers for resume, profile and skills, data export and deletion (the intent model picks the request). */
import { skillAmount } from "./skill-amounts.ts";
import { cleanPhrase, extractProficiency, type Level, originalCase } from "./slots.ts";
import { call, calls, type Outcome, type Rule, say } from "./types.ts";

/** A resume's section heading on a line of its own, or leading a line ("SKILLS: Excel, SAP"). */
const HEADING_LINE =
  /^[ \t]*(?:professional |work |relevant )?(?:experience|work history|employment(?: history)?|education|skills|projects|certifications?|licen[cs]es(?: (?:&|and) certifications)?|summary|profile|objective)[ \t]*(?::|$)/gim;

/** A resume pasted as text: contact details plus at least two resume section headings. */
export function looksLikePastedResume(raw: string): boolean {
  if (raw.length < 120) return false;
  const headings =
    raw.match(/\b(?:experience|education|skills|projects|certifications|summary|objective)\b/gi) ?? [];
  const contact = /[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s()-]{8,}\d/.test(raw);
  const postingCues =
    /\b(?:requirements|responsibilities|we are looking|you will|must have|nice to have|apply now)\b/i;
  const sections = new Set(headings.map((h) => h.toLowerCase())).size;
  if (postingCues.test(raw)) return false;
  if (contact && sections >= 2) return true;
  // No contact details and no "here is my resume", but laid out as one: two or more section
  // headings on lines of their own (or leading a line, "SKILLS: …") and a dated line (conv12n:
  // a pasted resume headed by a name in capitals was read as a certification named after it).
  const headingLines = new Set(
    (raw.match(HEADING_LINE) ?? []).map((h) =>
      h
        .replace(/[\s:]+$/, "")
        .trim()
        .toLowerCase(),
    ),
  ).size;
  if (headingLines >= 2 && /\b(?:19|20)\d{2}\b/.test(raw)) return true;
  // Pasted without contact details, but offered as a resume ("use it as my resume: ...",
  // "can you parse this? Objective: ... Skills: ...").
  const offered = /\b(?:resume|cv|parse this|read this)\b/i.test(raw.slice(0, 160));
  const asResume = /\b(?:use (?:it|this|that) as my (?:resume|cv)|here'?s my (?:resume|cv)\s*:)/i.test(raw);
  return offered && (asResume || sections >= 2 || (sections >= 1 && raw.includes("\n")) || raw.length >= 300);
}

const SHOW =
  /\b(?:which|show|list|see|view|display|print|give me|tell me|what are|what is|check|open|pull up|look at)\b/;

export const showRule: Rule = ({ t }) => {
  if (/\bscores?\b/.test(t)) return null;
  if (/\b(?:add|remove|delete|change|update|drop|set|include|put|take|get rid|make|bump|mark)\b/.test(t))
    return null;
  if (
    /\b(?:missing|lack|need|gaps?|required|should i learn|for (?:the|this|that|a|an) (?:job|role))\b/.test(t)
  )
    return null;
  if (
    (SHOW.test(t) && /\bskills?\b/.test(t)) ||
    /\bwhat (?:skills do i have|am i good at|do i know|are my strengths on paper)\b|\beverything i know\b|\bwhat skills (?:do you have|have you got|did you find)\b|^(?:my )?skills?\??$|\bskill ?set\b/.test(
      t,
    )
  )
    return calls(call("show_skills"));
  if (
    (SHOW.test(t) && /\b(?:profile|resume|cv|details)\b/.test(t)) ||
    /\bwhat do you (?:know|have) (?:about|on) me\b|^(?:my )?profile\??$|\bwho am i\b|\bwhat is on file\b/.test(
      t,
    )
  )
    return calls(call("show_profile"));
  return null;
};

const NOT_A_SKILL =
  /\b(?:master'?s|bachelor'?s|phd|bsc|msc|mba|diploma|university|college|school|course|exam|application|applied|data|account|everything|all|job|role|position|roadmap|plan|question|bookmark|analysis|week|degree|project|certification|experience|education|internship)\b/;

const LEVEL_WORD = "(beginner|intermediate|advanced|expert|basic|novice|pro|strong|proficient|decent|solid)";

/** ", advanced" / "both advanced" / "all at expert level": how well, not another skill. */
const LEVEL_ONLY = new RegExp(
  `^(?:(?:both|all|each|all of them|of them|at|an?|level|of)\\s+)*${LEVEL_WORD}(?:\\s+level)?$`,
  "i",
);

/**
 * "…, used them for 2 yrs at Oracle": a piece of the list that says something about the skills
 * (a pronoun and a verb of doing) is no skill of its own; it was added as a skill named by the
 * whole clause.
 */
const CLAUSE_WORDS = /\b(?:them|they|it|i|we|my|our|used|worked|did|built|been|was|were|have|had)\b/i;
const isClause = (piece: string) => piece.split(/\s+/).length >= 3 && CLAUSE_WORDS.test(piece);

function splitSkills(phrase: string, raw: string): string[] {
  return splitSkillsWithLevels(phrase, raw).map((s) => s.name);
}

/**
 * How often or in which job a skill is used, after its name: "Salesforce every day as a senior
 * sales rep", "Gong daily" were saved as skill names (trial 2026-12-06). Not part of the name.
 */
const USE_TAIL =
  /\s+(?:(?:almost\s+)?(?:every\s*day|daily|weekly|all the time|constantly|regularly|a lot)\b|as (?:an?|the|my)\s+(?!beginner|novice|intermediate|expert|pro\b)\w+).*$/i;

/** The skills of a list, each with the level its own words say ("excel really well", "a bit of python"). */
function splitSkillsWithLevels(phrase: string, raw: string): { name: string; level?: Level }[] {
  return (
    phrase
      // "&" joins two skills only with spaces round it: "GD&T" and "R&D" are one name each.
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+|\s+plus\s+/)
      // "Python, not Java": a denied item is not one of the skills.
      .filter((s) => !/^(?:but\s+)?(?:not|no|never|except)\b/i.test(s.trim()))
      .map(skillAmount)
      .map((s) => ({ ...s, name: cleanPhrase(s.name.replace(USE_TAIL, "")) }))
      .filter(
        (s) => s.name.length > 0 && s.name.length <= 60 && !LEVEL_ONLY.test(s.name) && !isClause(s.name),
      )
      .map((s) => ({ ...s, name: originalCase(s.name, raw) }))
  );
}

export const skillEditRule: Rule = ({ t, raw }, { focus }): Outcome | null => {
  // change/update/set X (level) to LEVEL; "set my skill level for SEO to expert" names SEO.
  const change = t.match(
    new RegExp(
      `\\b(?:change|update|set|make|mark|bump|raise|lower|upgrade|downgrade|move|switch)\\s+(?:my\\s+|the\\s+)?(?:(?:skill\\s+)?(?:level|proficiency)\\s+(?:for|of|in|on|with)\\s+(?:my\\s+)?)?(.+?)\\s+(?:skill\\s+)?(?:proficiency\\s+|level\\s+)?(?:to|as|up to|down to)\\s+(?:an?\\s+)?${LEVEL_WORD}\\b`,
    ),
  );
  const makeLevel = t.match(
    new RegExp(
      `^(?:please |actually |ok |okay |and |also |oh |no |sorry )*,?\\s*make (?:my )?(.+?) ${LEVEL_WORD}(?: level)?[.!]*$`,
    ),
  );
  if (makeLevel) {
    const level = extractProficiency(makeLevel[2]) ?? "intermediate";
    return calls(
      ...splitSkills(makeLevel[1], raw).map((skill) => call("update_skill", { skill, proficiency: level })),
    );
  }
  if (change) {
    const level = extractProficiency(change[2]) ?? "intermediate";
    return calls(
      ...splitSkills(change[1], raw).map((skill) => call("update_skill", { skill, proficiency: level })),
    );
  }
  const nowLevel = t.match(
    new RegExp(
      `\\bi am (?:now |actually |really )?(?:an? |at )?${LEVEL_WORD}(?: level)? (?:at|in|with) (.+?)(?: now| these days| nowadays)$|\\bmy (.+?) (?:level |proficiency |skill )?is (?:now |actually )?(?:an? )?${LEVEL_WORD}\\b`,
    ),
  );
  if (nowLevel && (/\b(?:now|actually|nowadays|these days)\b/.test(t) || nowLevel[3])) {
    const level = extractProficiency(nowLevel[1] ?? nowLevel[4]) ?? "intermediate";
    const skills = splitSkills(nowLevel[2] ?? nowLevel[3], raw);
    return calls(...skills.map((skill) => call("update_skill", { skill, proficiency: level })));
  }

  // remove / delete X (from my skills)
  const takeOff = t.match(/\btake (.+?) (?:off|out of)\s+(?:my\s+)?(?:skills?|profile|list|resume|cv)\b/);
  if (takeOff && !NOT_A_SKILL.test(takeOff[1]))
    return calls(...splitSkills(takeOff[1], raw).map((skill) => call("remove_skill", { skill })));
  const remove = t.match(
    /\b(?:remove|delete|drop|take out|take off|get rid of|erase|strike|scrap)\s+(.+?)(?:\s+(?:from|off|out of)\s+(?:my\s+)?(?:skills?|profile|list|resume|cv|skill ?set)(?:\s+list)?)?[.!?]*$/,
  );
  if (remove && !NOT_A_SKILL.test(remove[1]) && !/\b(?:me|my info\w*)\b/.test(remove[1])) {
    const skills = splitSkills(remove[1], raw);
    if (skills.length > 0) return calls(...skills.map((skill) => call("remove_skill", { skill })));
  }
  const dontKnow = t.match(
    /\bi (?:do not|no longer|never) (?:really |actually )?(?:know|use|work with|touch)\s+(.+?)(?:\s+(?:anymore|any more|at all|really))?[.!]*$/,
  );
  if (dontKnow && !NOT_A_SKILL.test(dontKnow[1]))
    return calls(...splitSkills(dontKnow[1], raw).map((skill) => call("remove_skill", { skill })));

  // add X (as LEVEL); "add Docker to my skills, I'm intermediate" states the level after a comma
  const trailingLevel = t.match(
    new RegExp(
      // ", advanced" bare after a list: the level of every skill in it (trial14 §12).
      `(?:,?\\s*(?:i am|at)\\s+|,\\s*(?:all\\s+|each\\s+|both\\s+)?(?:(?:as|at)\\s+)?)(?:an?\\s+)?${LEVEL_WORD}(?:\\s+level)?(?:\\s+(?:at|in|with) (?:it|that|them|all|each))?[.!]*$`,
    ),
  );
  if (trailingLevel && /^(?:please |can you |could you |also |and )*(?:add|include|put)\b/.test(t)) {
    const rest = t.slice(0, trailingLevel.index).replace(/[,\s]+$/, "");
    const m = rest.match(
      /^(?:please |can you |could you |also |and )*(?:add|include|put|insert)\s+(.+?)(?:\s+(?:to|into|in|on|as)\s+(?:my\s+)?(?:skills?|profile|skill ?set|list|resume|cv)(?:\s+list)?)?$/,
    );
    if (m && !NOT_A_SKILL.test(m[1])) {
      const prof = extractProficiency(trailingLevel[1]);
      return calls(
        ...splitSkills(m[1], raw).map((skill) =>
          call("add_skill", prof ? { skill, proficiency: prof } : { skill }),
        ),
      );
    }
  }
  const add = t.match(
    new RegExp(
      `^(?:please |can you |could you |also |and )*(?:add|include|put|insert|append|throw|stick|pop|slap)\\s+(.+?)(?:\\s+(?:to|into|in|on|onto)\\s+(?:my\\s+)?(?:skills?|profile|skill ?set|list|resume|cv)(?:\\s+list)?)?(?:\\s+(?:as|at|with)\\s+(?:an?\\s+)?${LEVEL_WORD}(?:\\s+level)?)?(?:\\s+please)?[.!]*$`,
    ),
  );
  if (add) {
    if (/^(?:a |an |new |another )?skills?$/.test(add[1].trim())) return say("ask_skill");
    if (NOT_A_SKILL.test(add[1])) return null;
    const level = extractProficiency(add[2] ?? "");
    const inlineLevel = new RegExp(`^(.+?)\\s+(?:\\(|(?:as|at) (?:an? )?)${LEVEL_WORD}\\)?(?: level)?$`);
    return calls(
      ...splitSkills(add[1], raw).map((piece) => {
        const inline = piece.match(inlineLevel);
        const skill = inline ? inline[1] : piece;
        const prof = (inline ? extractProficiency(inline[2].toLowerCase()) : undefined) ?? level;
        return call("add_skill", prof ? { skill, proficiency: prof } : { skill });
      }),
    );
  }
  // "I have 2 years of Kubernetes" (no analysis yet: it is a skill to record)
  const years = t.match(
    /^(?:also |and |btw )?i (?:also )?have (?:about |around |over |almost )?(\w+(?:\.\d)?) (?:years?|yrs?|months?) (?:of )?(?:experience )?(?:with |in |of |using )?(.+?)(?: experience)?[.!]*$/,
  );
  if (years && !NOT_A_SKILL.test(years[2])) {
    if (focus.analysisId) return calls(call("reanalyze", { context: raw.trim() }));
    return calls(...splitSkills(years[2], raw).map((skill) => call("add_skill", { skill })));
  }
  // "I know Docker", "I'm an expert in Python" (restating facts after an analysis reanalyses instead)
  const know = t.match(
    new RegExp(
      `^(?:also |and |oh |btw |by the way )?i (?:also )?(?:know|can (?:use|code in|program in|write)|have (?:experience|skills?) (?:with|in)|learned|picked up|have learned|am (?:pretty |really |very |quite |fairly )?(?:good|strong|skilled|experienced|fluent|familiar|comfortable|proficient|solid) (?:at|in|with)|am (?:an? )?${LEVEL_WORD}(?: level)? (?:at|in|with)|use)\\s+(.+?)(?:\\s+(?:too|as well|also|now|pretty well|well|a bit|a little))?[.!]*$`,
    ),
  );
  if (know && !NOT_A_SKILL.test(know[2]) && !/\b(?:how|what|why|where|that|you)\b/.test(know[2])) {
    if (focus.analysisId) return calls(call("reanalyze", { context: raw.trim() }));
    // "excel really well and a bit of python": each skill at its own level, named without it.
    const items = splitSkillsWithLevels(know[2], raw);
    // A level said once for the list ("Python and SQL, both advanced") holds for every item,
    // unless the items carry their own ("excel really well and a bit of python").
    const prof = items.some((item) => item.level) ? undefined : extractProficiency(t);
    return calls(
      ...items
        .filter((item) => item.name)
        .map(({ name, level }) => {
          const proficiency = level ?? prof;
          return call("add_skill", proficiency ? { skill: name, proficiency } : { skill: name });
        }),
    );
  }
  return null;
};

const EDUCATION =
  /\b(?:degree|bachelor\w*|master\w*|phd|ph\.d|doctorate|diploma|bsc|msc|b\.?tech|m\.?tech|mba|b\.?e\.?|b\.?a\.?|graduated|studied|i study|studying|university|college|major(?:ed)? in)\b/;
const EXPERIENCE =
  /\b(?:i (?:worked|work|was|have been|have worked|interned|spent \w+ (?:years?|months?)) (?:as|at|for|with)\b|(?:add|include) (?:my |a |an )?(?:job|experience|work experience|internship|employment|previous role|position)\b|internship at\b|years? (?:as|at) (?:an? )?\w+ at\b|\bi was (?:a|an) .+ (?:at|for|with)\b)/;
const PROJECT =
  /\b(?:(?:add|include) (?:a |my |another )?(?:side )?project|i (?:built|made|created|developed|wrote|designed|shipped|launched) (?:a|an|my|the)\b|my (?:side |personal |pet )?project\b)/;
const CERT = /\b(?:certifi\w+|certified|i passed the .+ exam|i got the .+ cert\w*)\b/;

export const entryRule: Rule = ({ t, raw }) => {
  const adding =
    /\b(?:add|include|i (?:have|hold|got|earned|completed|finished|obtained|received|did|passed|built|made|created|developed|wrote|designed|shipped|launched|worked|work|was|have been|have worked|interned|spent|graduated|studied|study|am studying))\b/;
  if (
    !adding.test(t) &&
    !/^(?:education|experience|project|certification)\s*:|\bmy (?:side |personal |pet )?project\b|\bi am certified\b/.test(
      t,
    )
  )
    return null;
  if (/\bweek\s+\d|\b(?:roadmap|applied|application|interview)\b/.test(t)) return null;
  const text = raw.trim();
  if (CERT.test(t)) return calls(call("add_profile_entry", { kind: "certification", text }));
  if (PROJECT.test(t) || /^project\s*:/.test(t))
    return calls(call("add_profile_entry", { kind: "project", text }));
  if (EXPERIENCE.test(t) || /^experience\s*:/.test(t))
    return calls(call("add_profile_entry", { kind: "experience", text }));
  if (EDUCATION.test(t) || /^education\s*:/.test(t))
    return calls(call("add_profile_entry", { kind: "education", text }));
  if (/^(?:please )?(?:add|include) (?:my |an? )?(?:education|experience|project|certification)\s*$/.test(t))
    return say("ask_entry");
  return null;
};

export const dataRightsRule: Rule = ({ t }) => {
  if (
    /\b(?:delete|erase|remove|wipe|destroy|purge|clear)\s+(?:all\s+)?(?:of\s+)?(?:my\s+)?(?:data|account|everything|information|info|personal (?:data|info\w*)|profile|stuff|history)\b(?!\s+(?:from|for|in|of|to)\b)|\bforget (?:about )?(?:me|everything)\b|\bclose my account\b|\bright to be forgotten\b|\b(?:delete|erase|wipe) (?:it|them) all\b/.test(
      t,
    )
  )
    return calls(call("delete_data", { confirm: false }));
  if (
    /\b(?:export|download|give me|send me|get|copy of)\b.*\b(?:my )?(?:data|everything you (?:have|know|store)|information you (?:have|hold)|personal info\w*)\b|\bgdpr\b|\bdata portability\b|\bexport (?:my )?(?:profile|everything)\b/.test(
      t,
    )
  )
    return calls(call("export_data"));
  return null;
};
