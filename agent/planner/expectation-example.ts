/**
 * The example of a pay expectation shown to a person, in their own currency: a London designer
 * was told 'Tell me your expectation ("at least 60000 EUR a year")' (trial14 §7). The currency
 * follows where they live or want to work; euros only when nothing says otherwise. The figure is
 * an example of how to say it, never a pay figure for a role.
 */
const CURRENCY_BY_PLACE: [RegExp, string][] = [
  [
    /\b(?:uk|u\.k\.|united kingdom|england|scotland|wales|northern ireland|london|manchester|birmingham|leeds|glasgow|edinburgh|bristol|liverpool|cardiff|belfast)\b/i,
    "at least 45000 GBP a year",
  ],
  [
    /\b(?:usa|u\.s\.a?\.?|united states|new york|nyc|san francisco|seattle|austin|denver|chicago|boston|los angeles|atlanta|[A-Z][a-z]+,\s*(?:CA|CO|NY|TX|WA|MA|IL|GA|FL|NC|VA|OR|AZ|PA|OH|MI|MN|NJ))\b/,
    "at least 70000 USD a year",
  ],
  [/\b(?:canada|toronto|vancouver|montreal|montréal|calgary|ottawa)\b/i, "at least 70000 CAD a year"],
  [/\b(?:australia|sydney|melbourne|brisbane|perth)\b/i, "at least 80000 AUD a year"],
  [
    /\b(?:india|bangalore|bengaluru|mumbai|delhi|pune|hyderabad|chennai|noida|gurgaon|gurugram)\b/i,
    "at least 12 LPA",
  ],
  [/\b(?:switzerland|schweiz|suisse|zürich|zurich|geneva|genève|basel)\b/i, "at least 90000 CHF a year"],
];

export function expectationExample(location: string | undefined): string {
  const found = location ? CURRENCY_BY_PLACE.find(([re]) => re.test(location)) : undefined;
  return found?.[1] ?? "at least 60000 EUR a year";
}
