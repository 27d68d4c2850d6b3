/**
 * "how do i switch from agency to in-house product?", "freelance to in-house, how?", "cómo paso de
 * agencia a un equipo interno?": a move between kinds of workplace, not between roles. The trial
 * (trial16 §5, trial14 §7) set "in-house product" as the target and then said it matched no
 * role. The answer is in words about that change of setting — what changes, what to show, how
 * to find such jobs — with the target untouched and a fit check offered for the role they hold
 * or aim at. General advice, not data: no figures.
 */
import type { Focus } from "../graph/focus.ts";
import type { Outcome } from "./types.ts";

type Setting =
  | "agency"
  | "in_house"
  | "freelance"
  | "consulting"
  | "startup"
  | "corporate"
  | "public"
  | "private";

/** The words of each setting, in the languages the chat reads. */
const SETTINGS: [Setting, RegExp][] = [
  [
    "agency",
    /^(?:an?\s+|the\s+|la\s+|una\s+|l['’]|der\s+|einer\s+|a\s+)?(?:agency|agencies|agency\s+side|agencia|agence|agentur|ag[eê]ncia)\b/iu,
  ],
  [
    "in_house",
    /^(?:an?\s+|the\s+)?(?:in[- ]?house|client[- ]side|brand[- ]side|un\s+equipo\s+interno|equipo\s+interno|interno|en\s+interne|l['’]interne|interne|inhouse|time\s+interno|um\s+time\s+interno)\b/iu,
  ],
  [
    "freelance",
    /^(?:an?\s+|the\s+)?(?:freelanc\w*|self[- ]employ\w*|contract(?:ing|or)?\s*work|aut[oó]nom[oa]|freela)\b/iu,
  ],
  ["consulting", /^(?:an?\s+|the\s+|la\s+)?(?:consult(?:ing|ancy)|consultor[ií]a|conseil|beratung)\b/iu],
  ["startup", /^(?:an?\s+|the\s+|una\s+)?(?:start[- ]?ups?)\b/iu],
  [
    "corporate",
    /^(?:an?\s+|the\s+)?(?:corporate|big\s+(?:company|corp\w*|tech)|large\s+compan\w+|enterprise|(?:an?\s+)?industry|empresa\s+grande|gran\s+empresa|grande\s+entreprise|konzern)\b/iu,
  ],
  [
    "public",
    /^(?:the\s+)?(?:public\s+sector|government|civil\s+service|sector\s+p[uú]blico|secteur\s+public|[öo]ffentliche[nr]?\s+dienst)\b/iu,
  ],
  ["private", /^(?:the\s+)?(?:private\s+sector|sector\s+privado|secteur\s+priv[ée])\b/iu],
];

const settingOf = (words: string): Setting | undefined => SETTINGS.find(([, p]) => p.test(words.trim()))?.[0];

/** "from X to Y" asked as a move, in the chat's languages: the two sides' words. */
const MOVE =
  /(?:\b(?:switch|move|go|get|transition|jump|shift|change)\w*\s+(?:over\s+)?from\s+(.+?)\s+(?:to|into)\s+(.+?)|^(?:from\s+)?(.+?)\s+to\s+(.+?)[,\s]+(?:how|tips|advice)|\b(?:paso|pasar|cambiar|cambio)\s+de\s+(?:trabajar\s+en\s+)?(.+?)\s+a\s+(.+?)|\bpasser\s+d[e']\s*(.+?)\s+[àa]\s+(.+?)|\bvon\s+(?:der\s+)?(.+?)\s+(?:zu[mr]?|ins|in\s+die|in\s+den)\s+(.+?)\s+wechseln|\bwechsle\s+ich\s+von\s+(?:der\s+)?(.+?)\s+(?:zu[mr]?|ins|in\s+die|in\s+den)\s+(.+?)|\b(?:sair|passar|mudar)\s+de\s+(.+?)\s+(?:e\s+ir\s+)?(?:para|pra|pro)\s+(.+?))[\s?.!]*$/iu;

const CHANGES: Partial<Record<`${Setting}>${Setting}`, string>> = {
  "agency>in_house":
    "In-house you work on one product or brand for the long run: fewer, deeper projects, more meetings with product, engineering and data, and your work judged by what it changes for users and the business, not by the client's sign-off.",
  "in_house>agency":
    "At an agency you switch between clients and briefs quickly, work to billable hours and tight deadlines, and present to clients often; breadth and speed count more than depth in one product.",
  "freelance>in_house":
    "In a team you trade choosing your clients for steady work, a manager and colleagues to learn from; employers want to see you can work inside their process and stay with one product.",
  "consulting>corporate":
    "In industry you own the result after the recommendation: fewer projects, longer timelines, and being judged by what gets delivered and kept running.",
};

const GENERAL =
  "The work stays close; what changes is the pace, who you answer to, and how success is judged.";

function advice(from: Setting, to: Setting, focus: Focus): string {
  const lines = [
    `Moving from ${WORDS[from]} to ${WORDS[to]} is a change of setting, not of job: your target stays as it is${focus.jobTitle ? ` (${focus.jobTitle})` : ""}.`,
    CHANGES[`${from}>${to}`] ?? GENERAL,
    "How to make the move:",
    "• Show depth: pick two or three pieces of your work and tell each as a story of the problem, what you did, and what changed afterwards (numbers where you have them), rather than a list of clients or briefs.",
    `• Read ads from ${WORDS[to]} employers in your field and note the words they use for the work; use the same words on your resume.`,
    "• Ask people who made the same move (alumni, meetups, LinkedIn) what surprised them, and for a referral once you have talked.",
    "• Expect the interview to ask why you want to move: one or two sentences on what you want more of.",
  ];
  return lines.join("\n");
}

const WORDS: Record<Setting, string> = {
  agency: "agency work",
  in_house: "an in-house team",
  freelance: "freelancing",
  consulting: "consulting",
  startup: "a startup",
  corporate: "a larger company",
  public: "the public sector",
  private: "the private sector",
};

/** The answer to a question about moving between kinds of workplace, or undefined. */
export function settingChangeAnswer(raw: string, focus: Focus): Outcome | undefined {
  const text = raw.trim().replace(/^¿\s*/, "");
  if (text.includes("\n") || text.split(/\s+/).length > 25) return undefined;
  const m = MOVE.exec(text);
  const sides = m?.slice(1).filter((g) => g !== undefined);
  if (sides?.length !== 2) return undefined;
  const from = settingOf(sides[0]!);
  const to = settingOf(sides[1]!);
  if (!from || !to || from === to) return undefined;
  const choices = focus.jobTitle
    ? [{ label: "Am I a fit?", text: "am I a fit?" }]
    : [{ label: "Set a target job", text: "I want to be a " }];
  return { calls: [], say: { kind: "role_work", detail: advice(from, to, focus), choices } };
}
