/**
 * "ayer", "hier", "gestern", "ontem": the day said in another language the chat understands
 * (a nurse's "apliqué a Sunrise Family Clinic ayer para clinic manager" was logged as applied
 * today, with no role). Said to the applications service in English, which reads dates.
 */
export const OTHER_DAYS =
  /(?<![\p{L}])(anteayer|antier|avant-hier|vorgestern|anteontem|ayer|hier|gestern|ontem|hoy|aujourd'hui|heute|hoje)(?![\p{L}])/u;
const DAY_IN_ENGLISH: Record<string, string> = {
  anteayer: "2 days ago",
  antier: "2 days ago",
  "avant-hier": "2 days ago",
  vorgestern: "2 days ago",
  anteontem: "2 days ago",
  ayer: "yesterday",
  hier: "yesterday",
  gestern: "yesterday",
  ontem: "yesterday",
  hoy: "today",
  "aujourd'hui": "today",
  heute: "today",
  hoje: "today",
};
export const dayInOtherLanguage = (t: string): string | undefined => {
  const said = t.match(OTHER_DAYS)?.[1];
  return said ? DAY_IN_ENGLISH[said.toLowerCase()] : undefined;
};
