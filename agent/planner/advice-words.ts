/**
 * Career advice in words, from the facts stored about the person (tools/advice): short,
 * deterministic, naming their target, applications, related occupations or resume
 * findings, and ending in next steps offered as quick replies. Figures appear only when
 * the person or an ad stated them; otherwise the advice says how to find one.
 */
import type { AdviceFacts, AdviceTopic } from "../../tools/advice/types.ts";
import { payWords } from "../../tools/profile/pay-words.ts";
import { disputedAnswer, growthAnswer, payAnswer, tradeEntryAnswer } from "./career-answer-words.ts";
import { careerGapAdvice } from "./career-gap-advice.ts";
import { expectationExample } from "./expectation-example.ts";
import { negotiationSentences } from "./negotiation-words.ts";
import { ageAnswer, experienceCountedAnswer, recapAnswer, timeOutAnswer } from "./standing-words.ts";
import { listWords } from "./variety.ts";

export interface Advice {
  text: string;
  choices: { label: string; text: string }[];
}

const target = (f: AdviceFacts) =>
  f.targetRole ? `${f.targetRole}${f.targetCompany ? ` at ${f.targetCompany}` : ""}` : undefined;

const ANALYSE = { label: "Am I a fit?", text: "am I a fit?" };
const SET_TARGET = { label: "Set a target role", text: "I want to be a " };

function salary(f: AdviceFacts): Advice {
  const role = target(f);
  const facts = [
    f.expectation ? `You told me you expect ${payWords(f.expectation)}.` : undefined,
    role && f.targetPay ? `The ${role} ad states ${f.targetPay}.` : undefined,
    // A described role is no ad: "the … posting states no pay" spoke of a posting never given.
    role && !f.targetPay && f.targetDescribed
      ? `I have no pay figures for ${role}: a role you describe has no pay of its own, and I don't hold market salary data.`
      : undefined,
    role && !f.targetPay && !f.targetDescribed
      ? `The ${role} posting states no pay, so I have no figure for it.`
      : undefined,
  ].filter(Boolean);
  const offer = f.applications.find((a) => a.status === "offer");
  // Figures the message gave are answered first; the general way to negotiate follows only without them.
  const said = negotiationSentences(f.negotiation);
  return {
    text: [
      ...facts,
      ...said,
      offer
        ? `For the ${offer.company} offer: thank them, ask for the full package in writing, then counter once with a specific number backed by what you bring.`
        : said.length && f.negotiation?.figures.offer
          ? "Answer with thanks, one specific counter and what backs it (results, scope, a competing offer); decide beforehand the figure you would walk away at."
          : said.length
            ? "When you name a figure, give one number rather than a range, say what backs it, and decide beforehand the lowest you would accept."
            : "Before negotiating, find the range for the role and city from two or three sources and decide your walk-away number; answer a first offer with thanks and one specific counter.",
      f.expectation
        ? ""
        : `Tell me your expectation ("${expectationExample(f.location)}") and your salary score will use it.`,
    ]
      .filter(Boolean)
      .join(" "),
    choices: [
      ...(f.expectation ? [] : [{ label: "Set my expectation", text: "my salary expectation is at least " }]),
      ...(role ? [ANALYSE] : [SET_TARGET]),
      { label: "My applications", text: "show my applications" },
    ],
  };
}

function careerPaths(f: AdviceFacts): Advice {
  // Trial F5.6: a profile with skills and no job held was told "I don't know your skills yet".
  if (f.relatedRoles.length === 0 && f.skillCount)
    return {
      text: `Your profile lists ${f.skillCount === 1 ? "1 skill" : `${f.skillCount} skills`}, but no job I can place among occupations, and skills alone do not point to a close one. Tell me the job you do now ("I work as a bookkeeper") or attach your resume, then ask again.`,
      choices: [
        { label: "Tell my current job", text: "I work as a " },
        { label: "Show my profile", text: "show my profile" },
      ],
    };
  if (f.relatedRoles.length === 0)
    return {
      text: "I don't know your skills yet, so I can't say which occupations use them. Attach your resume or add a few skills, then ask again.",
      choices: [
        { label: "Add a skill", text: "add " },
        { label: "Show my profile", text: "show my profile" },
      ],
    };
  const roles = f.relatedRoles.map((r) => {
    const notes = [
      ...(r.morePreparation ? ["more preparation than your current work"] : []),
      ...(r.shared.length ? [`uses your ${listWords(r.shared, 3)}`] : []),
    ];
    return notes.length ? `${r.title} (${notes.join("; ")})` : r.title;
  });
  const first = f.relatedRoles[0]!.title;
  const from = f.relatedRoles.find((r) => r.from)?.from;
  return {
    text: `${
      from
        ? `Occupations close to your ${from} work (O*NET role profiles)`
        : "Occupations that use the skills you have (O*NET role profiles)"
    }: ${listWords(roles, 3)}.${
      f.targetRole ? ` Your current target is ${f.targetRole}.` : ""
    }${f.topGaps.length ? ` Its biggest gaps are ${listWords(f.topGaps, 3)}.` : ""} Check your fit for one of these to see what it would take.`,
    choices: [
      { label: `Am I a fit for ${first}?`, text: `am I a fit for ${first.toLowerCase()}?` },
      ...(f.relatedRoles[1]
        ? [
            {
              label: `Am I a fit for ${f.relatedRoles[1].title}?`,
              text: `am I a fit for ${f.relatedRoles[1].title.toLowerCase()}?`,
            },
          ]
        : []),
      { label: "Compare analyses", text: "compare my last two analyses" },
    ],
  };
}

function networking(f: AdviceFacts): Advice {
  const companies = [...new Set(f.applications.map((a) => a.company))];
  const role = target(f);
  return {
    text: [
      companies.length
        ? `Start with people at the companies you applied to (${listWords(companies, 3)}): someone on the team, or an alum who works there.`
        : "Start with people who already do the job you want: alumni, former classmates, meetup speakers.",
      `Send a short, specific note${role ? ` about the ${role} path` : ""}: one thing you admire, one question, and ask for 15 minutes rather than a job. Follow up with thanks; ask for a referral only after a real conversation.`,
    ].join(" "),
    choices: [
      { label: "My applications", text: "show my applications" },
      { label: "Practise an intro", text: "quiz me on a behavioral question" },
      ...(role ? [] : [SET_TARGET]),
    ],
  };
}

/** A software role's research includes the engineering blog; any other's, what the company sells and to whom (trial13 §10). */
const SOFTWARE_ROLE =
  /\b(?:software|developer|engineer(?:ing)?|devops|sre|data|frontend|front end|backend|back end|full ?stack|programmer|qa|tester)\b/i;
const sources = (role: string | undefined) =>
  role && SOFTWARE_ROLE.test(role)
    ? "read its careers page and recent product or engineering posts"
    : "read its website and recent news (what it sells and to whom, new products, clients or sites), its careers page and what its people post about their work";

function companyResearch(f: AdviceFacts): Advice {
  const next = f.applications.find((a) => /interview|screen/.test(a.status)) ?? f.applications[0];
  const company = next?.company ?? f.targetCompany;
  return {
    text: [
      company
        ? `For ${company}${next ? ` (${next.position}, ${next.status.replace(/_/g, " ")})` : ""}: ${sources(next?.position ?? f.targetRole)}, note what the team you'd join works on, and prepare one question that shows you did.`
        : `${sources(f.targetRole).replace(/^r/, "R")}, note what the team works on, and prepare one question that shows you did.`,
      "Then match two of your own examples to what they say they value.",
    ].join(" "),
    choices: [
      { label: "Practise questions", text: "quiz me" },
      ...(company ? [] : [{ label: "Track an application", text: "I applied to " }]),
      { label: "My applications", text: "show my applications" },
    ],
  };
}

function resumeImprovement(f: AdviceFacts): Advice {
  const r = f.resume;
  if (!r)
    return {
      text: "In general: contact details, then each job (title, employer, dates) with two or three bullets that lead with an action and a number (what changed, by how much), then skills your experience shows, education and any licences or certificates — one page early in a career. I haven't read a resume from you yet: attach one (PDF, DOCX or text) and I'll check its sections, which bullets lack a number, and which skills nothing backs up. No resume yet? Tell me about your work (\"I've been a line cook for 4 years, good with grill and sauté\") and I'll keep it as your profile to build one from.",
      choices: [
        { label: "Upload my resume", text: "I want to upload my resume" },
        { label: "Show my profile", text: "show my profile" },
      ],
    };
  const findings = [
    r.missingSections.length ? `it has no ${listWords(r.missingSections, 3)} section` : undefined,
    r.bullets
      ? r.bulletsWithoutNumbers
        ? `${r.bulletsWithoutNumbers} of its ${r.bullets} bullets have no number (say by how much or how many)`
        : `all ${r.bullets} bullets carry a number, good`
      : "its experience has no bullet points: add two or three results per role",
    f.unbackedSkills.length
      ? `${listWords(f.unbackedSkills, 4)} ${f.unbackedSkills.length === 1 ? "is" : "are"} listed as skills but no job or project shows them`
      : undefined,
    f.topGaps.length
      ? `your last analysis misses ${listWords(f.topGaps, 3)}: if you have them, say where`
      : undefined,
  ].filter(Boolean);
  return {
    text: `From ${r.filename} (parse quality: ${r.quality}): ${findings.join("; ")}.`,
    choices: [
      { label: "Show my profile", text: "show my profile" },
      ...(f.topGaps.length ? [{ label: "Explain my gaps", text: "what am I missing?" }] : [ANALYSE]),
    ],
  };
}

const WRITERS: Record<AdviceTopic, (f: AdviceFacts) => Advice> = {
  salary_negotiation: salary,
  career_paths: careerPaths,
  networking,
  company_research: companyResearch,
  resume_improvement: resumeImprovement,
  career_gap: careerGapAdvice,
  pay_question: payAnswer,
  career_growth: growthAnswer,
  trade_entry: tradeEntryAnswer,
  requirement_disputed: disputedAnswer,
  age: ageAnswer,
  time_out: timeOutAnswer,
  experience_counted: experienceCountedAnswer,
  recap: recapAnswer,
};

export function adviceWords(topic: AdviceTopic, facts: AdviceFacts): Advice {
  return WRITERS[topic](facts);
}
