/**
 * Organisations the resume names outside the job headers ("worked in Oracle India Pvt Ltd
 * through Trigent Software Pvt Ltd", "client: Microsoft"): employers, clients and
 * partners, recognised by a legal/industry suffix or as a well-known employer.
 */
import { INSTITUTION_RE } from "./vocab.ts";

const SUFFIX =
  "(?:(?:\\(P\\)|Pvt\\.?|PVT\\.?|Private|PRIVATE)\\s*(?:Ltd|LTD|Limited|LIMITED)\\.?|Ltd\\.?|LTD\\.?|Limited|LIMITED|Inc\\.?|INC\\.?|LLC|LLP|L\\.P\\.|Corporation|CORPORATION|Corp\\.?|CORP\\.?|GmbH|Technologies|TECHNOLOGIES|Infotech|INFOTECH|(?:Company|COMPANY)(?:\\s+(?:Ltd|LTD)\\.?)?)";
const NAME_WORD = "(?:[A-Z][A-Za-z0-9&.'’-]*|&|of|and)";
// The name starts at the start of a run of name characters (the lookbehind): starting at
// every capital inside one long run ("A.A.A.…") re-scanned the run from each, quadratically.
const ORG_RE = new RegExp(
  `(?<![A-Za-z0-9&.'’-])\\b((?:[A-Z][A-Za-z0-9&.'’-]*)(?:\\s+${NAME_WORD}){0,5}?,?\\s+${SUFFIX})(?![A-Za-z])`,
  "g",
);

/** Large employers that resumes name without a suffix. Facts, not text from any resume. */
const KNOWN_EMPLOYERS = [
  "Microsoft",
  "Google",
  "Amazon",
  "Apple",
  "IBM",
  "Oracle",
  "SAP",
  "Infosys",
  "Wipro",
  "TCS",
  "Accenture",
  "Cognizant",
  "Capgemini",
  "Deloitte",
  "HCL",
  "Tech Mahindra",
  "Genpact",
  "Mphasis",
  "Mindtree",
  "L&T Infotech",
  "Hexaware",
  "Syntel",
  "iGate",
  "Cisco",
  "Intel",
  "Dell",
  "HP",
  "Hewlett Packard",
  "Adobe",
  "Salesforce",
  "Flipkart",
  "Paytm",
  "Ola",
  "Swiggy",
  "Zomato",
  "Byju's",
  "Reliance",
  "Tata",
  "Airtel",
  "Vodafone",
  "Ericsson",
  "Nokia",
  "Samsung",
  "Siemens",
  "Bosch",
  "Honeywell",
  "Philips",
  "KPMG",
  "EY",
  "PwC",
  "PricewaterhouseCoopers",
  "Goldman Sachs",
  "JP Morgan",
  "Morgan Stanley",
  "Barclays",
  "HSBC",
  "Citi",
  "Citibank",
  "Wells Fargo",
  "Teleperformance",
  "Convergys",
  "Concentrix",
  "Sutherland",
  "Facebook",
  "Meta",
  "Netflix",
  "Uber",
  "Twitter",
  "LinkedIn",
  "VMware",
  "NetApp",
  "Qualcomm",
  "Nvidia",
  "Walmart",
  "Target",
  "Thomson Reuters",
  "Unisys",
];
const KNOWN_RE = new RegExp(
  `(?<![\\w.])(${KNOWN_EMPLOYERS.map((k) => k.replace(/[.&]/g, (c) => `\\${c}`)).join("|")})(?![\\w])`,
  "g",
);

/** A known employer counts only where the sentence names an employer, not a product ("Microsoft Excel"). */
const EMPLOYER_CONTEXT_RE = /\b(?:at|with|for|in|joined|client|employer|company|organi[sz]ation)\s*:?\s*$/i;
const PRODUCT_AFTER_RE =
  /^\s*(?:office|excel|word|sql|server|azure|dynamics|windows|analytics|ads|cloud|photoshop|illustrator|acrobat|db|database|forms|reports|apps|drive|maps|sharepoint|power|visual|teams|outlook|access|project|exchange|hyper|\.net|certified|technologies\b(?!\s+(?:ltd|limited|pvt)))/i;
const GENERIC_BEFORE_SUFFIX =
  /^(?:web|internet|java|cloud|mobile|open|emerging|new|latest|various|digital|modern|microsoft|information|it|net)\s/i;

const LEADING_NOISE = /^(?:The|At|In|With|For|From|Joined|Worked|Working|Client|Company|Employer)\s+/;

export function findOrganizations(text: string): string[] {
  const found: string[] = [];
  const add = (raw: string) => {
    const name = raw.replace(LEADING_NOISE, "").replace(/[.,]$/, "").trim();
    if (name.length < 2 || INSTITUTION_RE.test(name)) return;
    if (!found.some((f) => f.toLowerCase() === name.toLowerCase())) found.push(name);
  };
  for (const line of text.split("\n")) {
    for (const m of line.matchAll(ORG_RE)) if (!GENERIC_BEFORE_SUFFIX.test(m[1])) add(m[1]);
    for (const m of line.matchAll(KNOWN_RE)) {
      const before = line.slice(Math.max(0, m.index - 25), m.index);
      const after = line.slice(m.index + m[0].length);
      if (EMPLOYER_CONTEXT_RE.test(before) && !PRODUCT_AFTER_RE.test(after)) add(m[1]);
    }
  }
  return found.slice(0, 40);
}
