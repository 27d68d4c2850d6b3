/**
 * "ayer", "hier", "gestern", "ontem", "kal": the day said in another language the chat understands
 * (a nurse's "apliqué a Sunrise Family Clinic ayer para clinic manager" was logged as applied
 * today, with no role). Said to the applications service in English, which reads dates.
 * Only days an application was sent are read here, so Hindi "kal" (yesterday or tomorrow) and
 * "parso" are the days before.
 */
export const OTHER_DAYS =
  /(?<![\p{L}])(anteayer|antier|avant-hier|vorgestern|anteontem|ayer|hier|gestern|ontem|hoy|aujourd'hui|heute|hoje|kal|parso|parson|aaj)(?![\p{L}])/u;
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
  kal: "yesterday",
  parso: "2 days ago",
  parson: "2 days ago",
  aaj: "today",
};
export const dayInOtherLanguage = (t: string): string | undefined => {
  const said = t.match(OTHER_DAYS)?.[1];
  return said ? DAY_IN_ENGLISH[said.toLowerCase()] : undefined;
};
