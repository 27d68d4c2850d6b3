/**
 * "llevo un equipo de 5 personas", "je gère une équipe de 8", "ich leite ein Team von 6 Leuten",
 * "coordeno uma equipe de 4 pessoas", "I run a team of 5": the person supervises people, which
 * the profile keeps as team management and leadership. Found in the lead's new-user trial
 * (2026-12-06e, item 6): a cook's Spanish "llevo un equipo de 5 personas" was read as asking
 * for a person to talk to, and the English one as a preference. Said of the person's own work
 * (first person), so "my manager leads a team of 5" or "do you have people?" are not.
 */
import { call, type Outcome } from "./types.ts";

/** A team, a crew or a number of people, in the chat's languages. */
const TEAM =
  String.raw`(?:(?:a|an|the|my|un|una|mi|el|la|une|mon|ma|le|l['’]|ein(?:e|en)?|mein(?:e|en)?|das|die|den|uma|um|minha|meu|o|a)\s+)?` +
  String.raw`(?:(?:small|big|large|little|peque[ñn]o|petit(?:e)?|kleine[sn]?|pequen[oa])\s+)?` +
  String.raw`(?:team|crew|staff|equipo|equipa|equipe|[ée]quipe|brigada|brigade|plantilla|mannschaft|truppe|time|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez)\s+(?:people|persons|staff|employees|cooks|workers|personas|empleados|trabajadores|cocineros|personnes|employ[ée]s|salari[ée]s|cuisiniers|leute|personen|mitarbeiter(?:innen)?|k[öo]che|pessoas|funcion[aá]rios|colaboradores|trabalhadores|cozinheiros))`;

/** First-person verbs of leading people, by language. */
const LEADS = [
  String.raw`\bi(?:'m| am)?\s+(?:also\s+)?(?:lead|run|manage|supervise|oversee|head|leading|running|managing|supervising|overseeing|heading|in charge of)\s+`,
  String.raw`\b(?:llevo|dirijo|lidero|superviso|coordino|gestiono|tengo a mi cargo|estoy a cargo de|estoy al frente de|manejo|encabezo)\s+`,
  String.raw`\b(?:je\s+(?:g[èe]re|dirige|encadre|supervise|manage|m[èe]ne|coordonne|pilote)|j['’]encadre|j['’]ai\s+(?:la\s+responsabilit[ée]\s+d['’]|sous\s+ma\s+responsabilit[ée]\s+))\s*`,
  String.raw`\bich\s+(?:leite|f[üu]hre|betreue|koordiniere|manage|beaufsichtige|verantworte)\s+`,
  String.raw`\b(?:lidero|chefio|coordeno|supervisiono|gerencio|comando|dirijo|gerencio|cuido\s+de|sou\s+respons[aá]vel\s+por)\s+`,
];

const SAID = new RegExp(`(?:${LEADS.join("|")})${TEAM}(?![\\p{L}])`, "iu");

/** The skills a person who leads a team is saved with. */
const SKILLS = ["Team Management", "Leadership"];

/** The skills saved when the message says the person leads a team, else undefined. */
export function teamLedSaid(raw: string): Outcome | undefined {
  if (!SAID.test(raw) || /\?\s*$/.test(raw.trim())) return undefined;
  return { calls: SKILLS.map((skill) => call("add_skill", { skill })) };
}
