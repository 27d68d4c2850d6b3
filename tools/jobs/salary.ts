/**
 * Salary ranges as ads write them: "$120k", "€60,000 – €75,000 per year", "$50-60/hr",
 * "DKK 45.000 per month", "up to 150K USD". A number only counts as pay when a currency or a
 * pay word is next to it, so "50-60 people" or "25 days of holiday" never become a salary.
 */
import type { SalaryPeriod, SalaryRange } from "./types.ts";

const SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR" };
const CODES =
  /\b(USD|EUR|GBP|DKK|SEK|NOK|CHF|INR|CAD|AUD|NZD|JPY|PLN|CZK|SGD|HKD|ZAR|BRL|MXN|AED|RON|HUF)\b/i;
const WORDS: [RegExp, string][] = [
  [/\bd[oó]lar(?:es|s)?\b|\bbucks\b/i, "USD"],
  [/\beuros?\b/i, "EUR"],
  [/\bpounds?\b/i, "GBP"],
  [/\breais\b|R\$/, "BRL"],
  [
    /\brupees?\b|\bru?pa(?:y|i|iy)e?\b|\brupiy[ae]\b|\blakhs?\b|\blacs?\b|\bcrores?\b|\bLPA\b|\bctc\b/i,
    "INR",
  ],
  [/\b(kr\.?|kroner|kronor)\b/i, "DKK"],
];

const AMOUNT = String.raw`\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;
/** Indian units: a lakh is 100,000 and a crore 10,000,000 rupees; "LPA" is lakhs a year. */
const INDIAN_UNIT = String.raw`(?:[Ll]akhs?|LAKHS?|[Ll]acs?|LACS?|lpa|LPA|Lpa|[Cc]rores?|CRORES?|cr|Cr|CR)(?![A-Za-z])`;
const UNIT = String.raw`\s*(?:k|K|m|M|thousand|million|${INDIAN_UNIT})?`;
const CURRENCY_BEFORE = String.raw`(?:[$€£¥₹]|(?:USD|EUR|GBP|DKK|SEK|NOK|CHF|INR|CAD|AUD)\s?)`;
const RANGE = new RegExp(
  String.raw`(${CURRENCY_BEFORE})?\s*(${AMOUNT})(${UNIT})(?:\s*(?:-|–|—|to)\s*(${CURRENCY_BEFORE})?\s*(${AMOUNT})(${UNIT}))?`,
  "g",
);
const PAY_WORD =
  /\b(salary|salaries|compensation|pay|paid|wage|rate|remuneration|ote|base|package|gross|per annum|p\.a\.)\b/i;
/**
 * An hour said in the other languages people write pay in: "la hora", "por hora", "pro Stunde",
 * "de l'heure", "par heure", "na hora", "per ghanta", "ek ghante ka" (trial: an hourly
 * expectation in Spanish was not read).
 */
const HOUR_ELSEWHERE = String.raw`(?:(?:a|por|la|cada|de|par|à|pro|je|die|na|per|ek|prati|har)\s+(?:hora|heure|l'heure|stunde|std|ghant[ae]|ghanta)|l'heure|\/\s*(?:hora|heure|stunde|std))(?![\p{L}])`;

const PERIOD: [RegExp, SalaryPeriod][] = [
  [
    new RegExp(
      String.raw`(\/\s*(h|hr|hour)\b|\bper hour\b|\bhourly\b|\ban hour\b|\bp\/h\b)|(?<![\p{L}])${HOUR_ELSEWHERE}`,
      "iu",
    ),
    "hour",
  ],
  [/(\/\s*(d|day)\b|\bper day\b|\bdaily rate\b|\ba day\b)/i, "day"],
  [/(\/\s*(wk|week)\b|\bper week\b|\bweekly\b|\ba week\b)/i, "week"],
  [/(\/\s*(mo|month)\b|\bper month\b|\bmonthly\b|\ba month\b|\bp\.m\.)/i, "month"],
  [
    /(\/\s*(y|yr|year)\b|\bper (year|annum)\b|\bannual(ly)?\b|\byearly\b|\ba year\b|\bp\.a\.|\bLPA\b|\bctc\b)/i,
    "year",
  ],
];

/** A period written straight after an amount ("25 an hour", "30/hr", "4000 per month"). */
const PERIOD_RIGHT_AFTER =
  /^\s*(?:\/\s*(?:h|hr|hour|d|day|wk|week|mo|month|y|yr|year)\b|per (?:hour|day|week|month|year|annum)\b|an? (?:hour|day|week|month|year)\b|(?:hourly|daily|weekly|monthly|yearly|annually)\b)/i;
/** The same, for an hour said in another language ("20 la hora", "25 pro Stunde"). */
const HOUR_RIGHT_AFTER = new RegExp(String.raw`^\s*${HOUR_ELSEWHERE}`, "iu");

function toNumber(amount: string, unit: string): number {
  let digits = amount.trim();
  // "45.000" and "120,000" are thousands separators; "1.5" is a decimal; "46.269,33" is both.
  if (/^\d{1,3}(?:[.,\s]\d{3})+$/.test(digits)) digits = digits.replace(/[.,\s]/g, "");
  else if (/^\d{1,3}(?:[.,\s]\d{3})+[.,]\d{1,2}$/.test(digits))
    digits = `${digits.slice(0, -3).replace(/[.,\s]/g, "")}.${digits.slice(-2)}`.replace(/\.(\d)$/, ".$1");
  else digits = digits.replace(",", ".");
  let value = Number.parseFloat(digits);
  const u = unit.trim().toLowerCase();
  if (u === "k" || u === "thousand") value *= 1_000;
  else if (u === "m" || u === "million") value *= 1_000_000;
  else if (u.startsWith("lakh") || u.startsWith("lac") || u === "lpa") value *= 100_000;
  else if (u.startsWith("crore") || u === "cr") value *= 10_000_000;
  return value;
}

function currencyOf(...hints: (string | undefined)[]): string | undefined {
  for (const hint of hints) {
    if (!hint) continue;
    const symbol = hint.trim().charAt(0);
    if (SYMBOLS[symbol]) return SYMBOLS[symbol];
    const code = CODES.exec(hint);
    if (code) return code[1]!.toUpperCase();
    for (const [pattern, iso] of WORDS) if (pattern.test(hint)) return iso;
  }
  return undefined;
}

function periodOf(context: string, value: number): SalaryPeriod {
  for (const [pattern, period] of PERIOD) if (pattern.test(context)) return period;
  if (value < 500) return "hour";
  if (value < 20_000) return "month";
  return "year";
}

/**
 * A company's figure, not anyone's pay: "$6M ARR", "a $900K annual quota", "a budget of $2M",
 * "$40M in funding" (trial14 §5: a sales ad's book of business was read as the pay).
 */
const BUSINESS_AFTER =
  /^\s*\)?\s*(?:[\p{L}-]+\s+){0,2}(?:ARR|MRR|GMV|revenues?|turnover|quota|pipeline|budgets?|book(?: of business)?|bookings|funding|valuation|spend|run[- ]rate|raised|series\b|under management|AUM|portfolio|in deals|deal)\b|^\s*(?:in|of) (?:annual )?sales\b/iu;
const BUSINESS_BEFORE =
  /\b(?:ARR|MRR|GMV|revenues?|turnover|quota|pipeline|budgets?|bookings|funding|valuation|raised|run[- ]rate|portfolio|book of business|spend|deals? (?:of|worth|over|above)|grew|grow(?:ing)? (?:to|from))\b[^.;:\n]{0,25}$/i;

/**
 * A line that states the pay ("Compensation: $95,000 - $115,000 base", "Salary range £65k",
 * "OTE $140k"): its figure is the pay even when another money figure comes earlier in the ad.
 */
const PAY_LINE =
  /^\s*(?:[-•*▪●]\s*)?(?:(?:base |annual |gross |target )?(?:salary|compensation|pay|remuneration|wage|ote|on[- ]target earnings|package|pay range|salary range|base pay|base salary|rate)\b|(?:the )?(?:salary|pay|compensation) (?:is|range|band))/i;

interface Candidate {
  range: SalaryRange;
  onPayLine: boolean;
}

/** The line around `at`: what comes before it on its line and what comes after. */
function lineAround(
  text: string,
  at: number,
  length: number,
): { before: string; after: string; line: string } {
  const from = text.lastIndexOf("\n", at - 1) + 1;
  const nl = text.indexOf("\n", at + length);
  const to = nl < 0 ? text.length : nl;
  return { before: text.slice(from, at), after: text.slice(at + length, to), line: text.slice(from, to) };
}

/** The line above `at` when it is a short label that names pay ("Salary" / "Compensation:"). */
function payLabelAbove(text: string, at: number): boolean {
  const from = text.lastIndexOf("\n", at - 1);
  if (from <= 0) return false;
  const above = text.slice(text.lastIndexOf("\n", from - 1) + 1, from).trim();
  return above.split(/\s+/).length <= 4 && PAY_WORD.test(above);
}

function candidateAt(text: string, m: RegExpMatchArray): Candidate | undefined {
  const [whole, curA, amountA, unitA, curB, amountB, unitB] = m;
  const start = m.index!;
  const around = lineAround(text, start, whole.length);
  const after = around.after.slice(0, 30);
  const before = around.before.slice(-40);
  if (BUSINESS_AFTER.test(around.after) || BUSINESS_BEFORE.test(around.before)) return undefined;
  // Lakhs and crores are rupees even when no currency is said ("15 lakhs").
  const indian = new RegExp(`^\\s*${INDIAN_UNIT}`, "i").test(unitA || unitB || "") ? "INR" : undefined;
  // "R$ 30": Brazilian reais, not dollars.
  const real = curA?.trim() === "$" && /R\s*$/.test(before) ? "BRL" : undefined;
  const currency = real ?? currencyOf(curA, curB, after.slice(0, 12), before.slice(-6)) ?? indian;
  // A pay word on the same line, or a short pay label on the line above ("Salary\n50k").
  const payContext = PAY_WORD.test(before) || PAY_WORD.test(after) || payLabelAbove(text, start);
  if (!currency && !payContext) return undefined;
  // "401k" is a US retirement plan; "€30M" and "EUR 830 m" are company figures, not pay.
  if (/^401$/.test(amountA!) && /k/i.test(unitA ?? "")) return undefined;
  if (/^(m|million)$/i.test((unitA ?? "").trim() || (unitB ?? "").trim()) && !payContext) return undefined;
  // "salary of 5" without a currency is noise; "at least 25 an hour" is pay: a period right
  // after the amount, with a pay word near, says what the number is.
  const periodRightAfter = PERIOD_RIGHT_AFTER.test(after) || HOUR_RIGHT_AFTER.test(after);
  if (!currency && !/(k|K)\b/.test(unitA ?? "") && !(payContext && periodRightAfter)) return undefined;
  const unitShared = (unitB ?? "").trim() || (unitA ?? "").trim();
  const low = toNumber(amountA!, (unitA ?? "").trim() || (amountB ? unitShared : ""));
  const high = amountB ? toNumber(amountB, unitShared) : undefined;
  if (!Number.isFinite(low) || low <= 0) return undefined;
  if (high !== undefined && (!Number.isFinite(high) || high < low)) return undefined;
  // Years ("2021"), percentages and small counts are not pay unless a period says so ("£7.50 per hour").
  const periodStated = PERIOD.some(([pattern]) => pattern.test(after.slice(0, 20)));
  if (low < 1000 && !periodStated) return undefined;
  if (/^\s*%/.test(after) || (/^(19|20)\d\d$/.test(amountA!) && !unitA?.trim() && !curA)) return undefined;
  const period = periodOf(`${before.slice(-15)} ${after}`, high ?? low);
  const context = `${whole}${after.match(/^\s*(\/\s*\w+|per \w+|an? \w+|p\.a\.|annually|monthly|hourly)/i)?.[0] ?? ""}`;
  return {
    range: {
      min: Math.round(low),
      ...(high !== undefined ? { max: Math.round(high) } : {}),
      ...(currency ? { currency } : {}),
      period,
      text: context.trim(),
    },
    onPayLine: PAY_LINE.test(around.line) || payLabelAbove(text, start),
  };
}

/**
 * The salary range the text states, or undefined: the first on a line that states pay
 * ("Compensation: …"), else the first plausible one. Company figures (ARR, quota, budget,
 * funding) are never pay.
 */
export function parseSalary(text: string): SalaryRange | undefined {
  let first: Candidate | undefined;
  for (const m of text.matchAll(RANGE)) {
    const found = candidateAt(text, m);
    if (!found) continue;
    if (found.onPayLine) return found.range;
    first ??= found;
  }
  return first?.range;
}

const PER_YEAR: Record<SalaryPeriod, number> = { year: 1, month: 12, week: 52, day: 230, hour: 2080 };

/** Converts an amount to a yearly figure (2,080 working hours, 230 working days a year). */
export function toYearly(amount: number, period: SalaryPeriod): number {
  return amount * PER_YEAR[period];
}

const POINT_AMOUNT = String.raw`[$€£]?\s*(?:\d[\d,.]*\s*[kK]\b|\d{1,3}[,.]?\d{3}\b)`;
/** "120k-ish": the amount in group 1, so a reader can rewrite it as "around 120k". */
export const ISH = /([$€£]?\d[\d,.]*\s*[kK]?)\s*-?ish\b/g;
const APPROXIMATE = new RegExp(
  String.raw`(?:\b(?:around|about|approximately|approx\.?|roughly|circa|ca\.)\s*|~\s*)${POINT_AMOUNT}|${POINT_AMOUNT}\s*-?ish\b`,
  "i",
);
/** Words that make an amount a floor even when said loosely ("about 90k minimum"). */
const FLOOR = /\b(?:minimum|min|at least|no less than|not less than)\b/i;

/**
 * A person's pay said as a point, not a floor: "around $120k", "about 120k", "~120k",
 * "120k-ish" (a target; "about 90k minimum" is still a floor).
 */
export function saysPointPay(text: string): boolean {
  return APPROXIMATE.test(text) && !FLOOR.test(text);
}
