/**
 * Employer names in the training lines teach the intent model nothing about intents, but a
 * model reading letter sequences learns them anyway: with "Acme" only in lines that stop
 * reminders and "Stripe" in one that sets one, "stop reminding me about Acme" read as
 * cancel_reminder at 0.998 and the same words about Stripe as set_reminder (0.51). Each
 * training line that names an employer is therefore also trained with another employer's
 * name in its place, so a name carries no intent and the words around it decide.
 */

/** Employers people name in chat: those of the training lines and others of many fields. */
export const EMPLOYER_NAMES = [
  "Acme",
  "Accenture",
  "Airbnb",
  "Amazon",
  "Apple",
  "Atlassian",
  "Brex",
  "Canva",
  "Cisco",
  "Deloitte",
  "Figma",
  "Google",
  "Gusto",
  "Hubspot",
  "IBM",
  "Intuit",
  "Lyft",
  "Meta",
  "Microsoft",
  "Netflix",
  "Notion",
  "Oracle",
  "Pinterest",
  "Ramp",
  "Salesforce",
  "Shopify",
  "Spotify",
  "Stripe",
  "TechCorp",
  "Uber",
  "Wise",
  "Zendesk",
  "Kaiser Permanente",
  "Mayo Clinic",
  "Target",
  "Walmart",
  "Costco",
  "JPMorgan",
  "Goldman Sachs",
  "KPMG",
  "PwC",
  "EY",
  "Siemens",
  "Bosch",
  "Unilever",
  "Nestle",
  "Pfizer",
  "Boeing",
  "FedEx",
  "UPS",
  "DHL",
  "Maersk",
  "Zara",
  "IKEA",
  "Adidas",
  "Infosys",
  "Wipro",
  "TCS",
  "Globex",
  "Initech",
  "Contoso",
];

/**
 * Employers that are also tools people list as skills (the taxonomy knows them; the test
 * checks this list against it). They are recognised in training lines but never swapped in:
 * "take ibm off my list" (an application) retrained as "take figma off my list" taught that
 * taking Figma off the list deletes an application, and "take figma off the list" (a skill)
 * read as delete_application at 0.74.
 */
export const ALSO_TOOLS = new Set([
  "Canva",
  "Cisco",
  "Figma",
  "Google",
  "Hubspot",
  "Oracle",
  "Pinterest",
  "Salesforce",
  "Shopify",
]);

const SWAP_TARGETS = EMPLOYER_NAMES.filter((n) => !ALSO_TOOLS.has(n));

const PATTERN = new RegExp(`\\b(${EMPLOYER_NAMES.map((n) => n.replace(/ /g, "\\s+")).join("|")})\\b`, "i");

/** In the case the line used: "stripe" stays lower case, "Stripe" capitalised. */
function inCaseOf(sample: string, name: string): string {
  if (sample === sample.toLowerCase()) return name.toLowerCase();
  if (sample === sample.toUpperCase() && sample.length > 1) return name.toUpperCase();
  return name;
}

/**
 * The line with its (first) employer name replaced by the `pick`-th other name, or
 * undefined when it names none. Deterministic: `pick` comes from a hash of the line.
 */
export function withOtherEmployer(text: string, pick: number): string | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const named = m[1]!.toLowerCase().replace(/\s+/g, " ");
  const others = SWAP_TARGETS.filter((n) => n.toLowerCase() !== named);
  const other = others[pick % others.length]!;
  return `${text.slice(0, m.index)}${inCaseOf(m[1]!, other)}${text.slice(m.index + m[1]!.length)}`;
}
