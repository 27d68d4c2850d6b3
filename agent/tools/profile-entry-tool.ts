/**
 * "I have a BSc in Statistics from Pune University, 2019" -> an education entry. The
 * sentence is rewritten as a resume line under the right heading and read by the resume
 * parser's own field extractors, then validated and stored by the profile service.
 */

import { CareerCraftError } from "../../data/errors.ts";
import type { EntryKind } from "../../data/repositories/profile.ts";
import { certificateNamed } from "../../tools/profile/certificate-named.ts";
import { resumeCasedLine } from "../../tools/profile/resume-cased-line.ts";
import { studiesInProgress } from "../../tools/profile/studies-in-progress.ts";
import { spanEndingNow, statedDuration } from "../../tools/text/stated-duration.ts";
import { undoAdded } from "../graph/profile-undo.ts";
import { saveToldBackground } from "./background-tool.ts";
import { profileServiceFor, skillExtractor } from "./career-deps.ts";
import { defineTool } from "./types.ts";

const HEADINGS = {
  education: "EDUCATION",
  experience: "EXPERIENCE",
  project: "PROJECTS",
  certification: "CERTIFICATIONS",
} as const;
const KINDS: Record<keyof typeof HEADINGS, EntryKind> = {
  education: "education",
  experience: "experience",
  project: "projects",
  certification: "certifications",
};

/** Chat phrasing -> resume phrasing: drop "add ...:", "I worked as a", "from X to Y" -> "X - Y". */
export function asResumeLine(sentence: string): string {
  return (
    sentence
      .trim()
      // "hmm you missed that I'm …", "btw, I forgot to mention …": said to the agent, not part
      // of the entry (the whole sentence was saved as a certification's name).
      .replace(
        /^(?:(?:hmm+|oh|ah|ok(?:ay)?|btw|fyi|by the way|also|and)[\s,.!]+)*(?:you\s+(?:missed|forgot|left out|didn'?t (?:get|catch|see|include))(?:\s+that)?|(?:i\s+)?forgot\s+to\s+(?:mention|say|add)(?:\s+that)?|don'?t\s+forget(?:\s+that)?)[\s,:]+/i,
        "",
      )
      .replace(/^(?:hmm+|oh|ah|btw|fyi|by the way)[\s,.!]+/i, "")
      // "I'm also certified in Google Analytics": the certificate's name is what it is in.
      .replace(
        /^(?:i(?:'m|\s+am)\s+)?(?:also\s+)?(?:certified|licensed|accredited)\s+(?:in|as|for|on)\s+(?:an?\s+)?/i,
        "",
      )
      // "i just graduated with …", "i recently finished …": when is said by the entry's own year.
      .replace(/^i\s+(?:just|recently|finally|also|already)\s+/i, "i ")
      // "I did a BCom back in 2014": "back" says when, as "in 2014" does; it is no part of the degree.
      .replace(/\s+back\s+(?=in\s+\d{4}\b)/i, " ")
      // "maine BCom kiya hai" (Hindi in Latin script, "I did a BCom"): the entry is what was done.
      .replace(
        /^(?:maine|mene|maine\s+to)\s+(.+?)\s+(?:kiya|ki|kari|kar\s+li)(?:\s+(?:hai|tha|thi))?[.!]*$/i,
        "$1",
      )
      // "…, it's not on my resume", "… (missing from my cv)": about the resume, not the entry (conv12o).
      .replace(
        /[\s,;(—-]+(?:but\s+)?(?:(?:it'?s|that'?s|its|thats|which\s+is|this\s+is)\s+)?(?:not\s+(?:on|in|listed\s+on)|missing\s+from|left\s+(?:off|out\s+of))\s+(?:my|the)\s+(?:resume|cv)\)?[.!]*$/i,
        "",
      )
      // "…, no resume yet", "… (no cv)": about the resume, not part of the entry.
      .replace(
        /[\s,;(]+(?:but\s+)?(?:no|without|don'?t have a|haven'?t got a)\s+(?:resume|cv)(?:\s+yet)?\)?[.!]*$/i,
        "",
      )
      // "… last may", "… this summer": no year to store; the rest is the entry.
      .replace(
        /\s+(?:last|this)\s+(?:year|month|spring|summer|autumn|fall|winter|semester|january|february|march|april|may|june|july|august|september|october|november|december)[.!]*$/i,
        "",
      )
      .replace(
        /^(?:please\s+)?(?:add|include)\s+(?:my\s+|a\s+|an\s+|another\s+|new\s+)?(?:education|experience|work experience|project|certification|job|internship|degree)?\s*:?\s*/i,
        "",
      )
      .replace(
        /^i\s+(?:have|hold|got|earned|completed|obtained|received|passed|did|finished)\s+(?:a\s+|an\s+|the\s+|my\s+)?/i,
        "",
      )
      .replace(
        /^i(?:'ve|\s+have)?\s+(?:worked|work|was|been|interned|spent \w+ (?:years?|months?))\s+(?:as\s+)?(?:a\s+|an\s+)?/i,
        "",
      )
      .replace(/^(?:i(?:'m|\s+am)\s+)?(?:currently\s+|now\s+)?(?:working\s+as\s+)?(?:a\s+|an\s+)?/i, "")
      .replace(
        /^i\s+(?:built|made|created|developed|wrote|designed|shipped|launched)\s+(?:a\s+|an\s+|the\s+|my\s+)?/i,
        "",
      )
      .replace(/^i\s+(?:studied|graduated in|graduated with|graduated from)\s+(?:a\s+|an\s+|my\s+)?/i, "")
      .replace(/^my\s+(?:side\s+|personal\s+|pet\s+)?project\s+(?:is\s+)?(?:a\s+|an\s+)?/i, "")
      .replace(/\bfrom\s+((?:[a-z]+\.?\s+)?\d{4})\s+(?:to|until|till|-)\s+/i, "$1 - ")
      .replace(/\s+(?:in|on|since)\s+((?:[a-z]+\s+)?\d{4})\s*\.?$/i, ", $1")
      .replace(/[.!]+$/, "")
  );
}

/** An example of each kind of entry, for the message when a sentence could not be read as one. */
const ENTRY_EXAMPLES: Record<keyof typeof KINDS, string> = {
  education: "I have a BSc in Statistics from Pune University, 2019",
  experience: "I worked as a warehouse associate at DHL from 2021 to 2024",
  project: "I built a budgeting app with React",
  certification: "I have my forklift operator certification",
};

/**
 * The clause of a longer message that names the certificate: "been working in a warehouse 4
 * yrs, forklift certified, did inventory counts" is a forklift certification, not a
 * certificate named with the whole sentence (trial F3.1). "X certified" reads as X certification.
 */
export function certificateClause(text: string, now = new Date()): string {
  // "tengo también certificado de manipulador de alimentos": named in another language.
  const named = certificateNamed(text);
  if (named) return named;
  const clauses = text.split(/\s*[,;.]\s+|\s+and\s+/i);
  const inClause =
    clauses.length < 2
      ? text
      : (clauses.find((c) => /\b(?:certif\w*|licen[cs]\w*|card|ticket|permit)\b/i.test(c)) ?? text);
  // "I also have my CPHIMS certification now", "got my CPA last year": the words around the
  // name are no part of it (new-user trial 2026-12-06 saved "CPHIMS certification now"); a
  // year said as "last year" is the year it was got.
  const year = now.getUTCFullYear();
  const clause = inClause
    .trim()
    .replace(/[.!]+$/, "")
    .replace(
      /^(?:i\s+)?(?:also\s+|just\s+|finally\s+)*(?:got|have|hold|earned|passed|received|renewed)\s+(?:my|a|an|the)\s+/i,
      "",
    )
    .replace(/\s+(?:now|too|as well|also|already|recently|finally)$/i, "")
    .replace(/\s+last\s+year$/i, ` in ${year - 1}`)
    .replace(/\s+this\s+year$/i, ` in ${year}`);
  const certified = /^(?:i'?m\s+|i am\s+)?(?:also\s+)?([\p{L}\s-]{2,40}?)\s+certified$/iu.exec(clause);
  return certified ? `${certified[1]} certification` : clause;
}

/** A first-person statement or a long clause, not a name: "also my leadership isnt just listed, i …". */
function readsAsSentence(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return (
    words.length > 10 ||
    /^(?:(?:also|and|so|but|well|ok)\s+)*(?:i|i'?m|i'?ve|my|we|we'?re|our|it|this|that)\b/i.test(
      name.trim(),
    ) ||
    /\b(?:isn'?t|isnt|wasn'?t|don'?t|dont|didn'?t)\b/i.test(name)
  );
}

export const addProfileEntryTool = defineTool({
  name: "add_profile_entry",
  description:
    "Add an education, experience, project or certification entry to the profile from the person's own sentence; a whole background told at once (roles with their years, skills, certificates) goes in `background` and is saved together.",
  async run(args, ctx) {
    // A whole background told in one message: its roles, skills and certificates saved together.
    if (args.background) {
      const told = await saveToldBackground(args.background, ctx);
      return { ...told, result: { ...told.result, kind: "background" as const } };
    }
    // "3 years of experience as a marketing coordinator": the duration is not part of the title.
    const duration = args.kind === "experience" ? statedDuration(args.text) : undefined;
    const said = args.kind === "certification" ? certificateClause(args.text) : args.text;
    const line = asResumeLine(duration ? duration.rest : said).replace(
      /^(?:(?:of\s+)?(?:work\s+)?experience\s+)?(?:as|working as)\s+(?:a\s+|an\s+)?/i,
      "",
    );
    if (line.length < 3)
      throw new CareerCraftError(
        "validation",
        "Tell me a little more, for example the degree and the school.",
      );
    const { parseResumeText } = await import("../../tools/resume/parse-text.ts");
    let parsed = await parseResumeText(`${HEADINGS[args.kind]}\n${line}`);
    // "bank teller at Chase" typed in lower case: read again as a resume writes the line.
    const cased = args.kind === "experience" ? resumeCasedLine(line) : undefined;
    const read = parsed.experience[0];
    if (cased && cased !== line && !(read?.title && read.company)) {
      const again = await parseResumeText(`${HEADINGS[args.kind]}\n${cased}`);
      if (again.experience[0]?.title && again.experience[0].company) parsed = again;
    }
    const extract = await skillExtractor();
    const skills = extract(args.text).map((s) => s.name);
    let entry: Record<string, unknown> | undefined;
    let label = line;
    // "a sophomore studying biology", "final year of a BSc in nursing": in progress, not held.
    const studying = args.kind === "education" ? studiesInProgress(args.text) : undefined;
    if (studying) {
      entry = { ...studying };
      label = `${studying.degree}${studying.institution ? `, ${studying.institution}` : ""} (in progress${studying.end ? `, expected ${studying.end}` : ""})`;
    } else if (args.kind === "education" && parsed.education[0]) {
      const { confidence: _c, ...e } = parsed.education[0];
      entry = e;
      label = [e.degree, e.institution].filter(Boolean).join(", ") || line;
    } else if (args.kind === "experience" && parsed.experience[0]) {
      const { confidence: _c, ...e } = parsed.experience[0];
      entry = {
        ...e,
        company: e.company?.replace(/\s+(?:from|since|in)$/i, ""),
        skills: e.skills.length ? e.skills : skills,
        ...(duration && !e.start ? spanEndingNow(duration.months, new Date()) : {}),
      };
      label = [e.title, entry.company].filter(Boolean).join(" at ") || line;
    } else if (args.kind === "certification" && parsed.certifications[0]) {
      const { confidence: _c, ...c } = parsed.certifications[0];
      entry = {
        ...c,
        name: c.name
          .replace(/\s+(?:certification|certificate|cert)?\s*(?:in|on)?$/i, "")
          .replace(/^(?:the|my)\s+/i, ""),
        skills: c.skills.length ? c.skills : skills,
      };
      label = String(entry.name);
    } else if (args.kind === "project") {
      // "I built a budgeting app with React": the app is the name, not "I built a budgeting app".
      const made = line.replace(
        /^(?:(?:also|and|so)\s+)*(?:i|we)\s+(?:also\s+)?(?:built|made|created|developed|wrote|designed|launched|shipped|coded|programmed)\s+(?:(?:a|an|the|my|our|this)\s+)?/i,
        "",
      );
      const name = made.split(/\s+(?:with|using|in|for|that|which)\s+/i)[0].slice(0, 80);
      // "also my leadership isnt just listed, i mentored 3 AEs …" became a project named by the
      // whole sentence (trial14 §4): a sentence about oneself is never a project's name.
      if (readsAsSentence(name))
        throw new CareerCraftError(
          "validation",
          `That reads as a sentence about your work rather than a project's name, so I saved nothing. To add a project, give it a name, e.g. "add project: Discovery Playbook — a guide I wrote for the team's first calls".`,
        );
      entry = { name: name.charAt(0).toUpperCase() + name.slice(1), description: line, technologies: skills };
      label = String(entry.name);
    }
    if (!entry)
      throw new CareerCraftError(
        "validation",
        `I couldn't read that as ${/^[aeiou]/.test(args.kind) ? "an" : "a"} ${args.kind}. Try e.g. "${ENTRY_EXAMPLES[args.kind]}".`,
      );
    const service = profileServiceFor(ctx.db);
    const saved = await service.addEntry(ctx.userId, KINDS[args.kind], entry, "chat");
    return {
      result: {
        kind: args.kind,
        id: saved.id,
        label,
        entry: saved.entry,
        ...(entry.current && duration ? { countedFrom: String(entry.start) } : {}),
      },
      // "undo" right after: this entry removed again, found by its id (profile-undo.ts).
      focus: {
        hasProfile: true,
        ...undoAdded(ctx.focus, {
          name: "correct_profile_entry",
          args: { action: "remove", kind: KINDS[args.kind], id: saved.id },
        }),
      },
    };
  },
});
