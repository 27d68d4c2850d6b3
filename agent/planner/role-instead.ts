/**
 * "ok and what if I went for data engineer instead", "what about going for product manager
 * instead?", "y si me voy por analista de datos?", "et si je visais chef de projet ?": once a
 * role was checked or planned for, another role asked about as an alternative is set as the
 * target (its reply offers "Am I a fit?"; people writing outside the team expect the target
 * changed, not an analysis run unasked). Found on heldout12e's turns: after a roadmap the first
 * read as setting a target made of the whole sentence (plus a new roadmap), the second made a
 * new roadmap ("what about … instead" continued the last request, create_roadmap).
 */
import { namesKnownRole } from "../../tools/jobs/target.ts";
import { translateTitle } from "../../tools/jobs/translate-title.ts";
import type { Focus } from "../graph/focus.ts";

/** Filler before the question. */
const LEAD = String.raw`^[¿¡]?(?:(?:ok(?:ay)?|so|and|but|hmm+|well|also|y|e|et|und|aur|to|toh|bueno|pues|alors|also|então|entao)[\s,]+)*`;

/** A verb of going for a role, with what joins it to the role, in the languages read. */
const GO_FOR = String.raw`(?:went|go|going|tried|try|trying|switched|switch|switching|moved|move|moving|pivoted|pivot|pivoting|aimed|aim|aiming|targeted|target|targeting|applied|apply|applying|looked|look|looking|became|become|becoming|changed|change|changing|did|do|doing|went after|go after)(?:\s+(?:for|to|into|in|at|towards?|after|as))?`;

const HYPOTHETICALS: [RegExp, string][] = [
  // en: "what if I went for X", "what if i tried X instead", "and if i switched to X?"
  [
    new RegExp(
      `${LEAD}(?:what|how)?\\s*(?:about\\s+)?if\\s+(?:i|we)\\s+(?:instead\\s+)?${GO_FOR}\\s+(.+)$`,
      "iu",
    ),
    "en",
  ],
  // en: "what about going for X instead", "how about trying X", "what about X instead"
  [
    new RegExp(
      `${LEAD}(?:what|how)\\s+about\\s+(?:${GO_FOR}\\s+)?(.+?)\\s+(?:instead|then|rather)\\b.*$`,
      "iu",
    ),
    "en",
  ],
  [new RegExp(`${LEAD}(?:what|how)\\s+about\\s+${GO_FOR}\\s+(.+)$`, "iu"), "en"],
  // es: "y si me voy por X", "y si intento X", "¿qué tal si pruebo X?", "y si me cambio a X"
  [
    /^[¿¡]?(?:(?:y|bueno|pues|ok)[\s,]+)*(?:qu[eé]\s+tal\s+)?si\s+(?:mejor\s+)?(?:me\s+voy\s+(?:por|a|para)|voy\s+por|me\s+cambio\s+a|me\s+paso\s+a|intento(?:\s+ser)?|pruebo(?:\s+con)?|apunto\s+a|busco|fuera|fuese|soy|me\s+hago)\s+(.+)$/iu,
    "es",
  ],
  // fr: "et si je visais X", "et si je passais à X", "et si je tentais X"
  [
    /^(?:(?:et|alors|ok)[\s,]+)*si\s+(?:je|j')\s*(?:visais|vise|tentais|tente|passais\s+(?:à|a)|passe\s+(?:à|a)|devenais|deviens|partais\s+sur|essayais|essaie|allais\s+vers|changeais\s+pour)\s+(.+)$/iu,
    "fr",
  ],
  // de: "und wenn ich stattdessen X mache / werde", "was ist mit X stattdessen"
  [
    /^(?:(?:und|also|ok)[\s,]+)*wenn\s+ich\s+(?:stattdessen\s+|lieber\s+)?(?:(?:als|auf)\s+)?(.+?)\s+(?:werde|würde|wuerde|mache|machen\s+würde|anstrebe|versuche)\b.*$/iu,
    "de",
  ],
  [/^(?:(?:und|also|ok)[\s,]+)*was\s+ist\s+mit\s+(.+?)\s+(?:stattdessen|dann)\b.*$/iu, "de"],
  // pt: "e se eu fosse para X", "e se eu tentasse X", "e se eu mudasse pra X"
  [
    /^(?:(?:e|então|entao|ok)[\s,]+)*(?:e\s+)?se\s+eu\s+(?:fosse\s+(?:para|pra|pro)|tentasse(?:\s+ser)?|mudasse\s+(?:para|pra|pro)|virasse|partisse\s+(?:para|pra|pro)|focasse\s+em)\s+(.+)$/iu,
    "pt",
  ],
  // hi (Latin): "agar main X try karu to?", "agar main X banu to", "X try karu to?"
  [
    /^(?:(?:aur|to|toh|ok)[\s,]+)*(?:agar|agr)\s+(?:main|mai|me)\s+(.+?)\s+(?:try\s+kar(?:u|un|oon|ta|ti)|ban(?:u|un|oon|ta|ti)|ke\s+liye\s+(?:try|apply)\s+kar(?:u|un|oon))\b.*$/iu,
    "hi",
  ],
];

/** What ends the role's words without being part of its name. */
const TAIL =
  /(?:[\s,]+(?:instead|then|rather|role|job|position|path|track|en\s+vez(?:\s+de\s+eso)?|mejor|en\s+cambio|plut[oô]t|stattdessen|em\s+vez\s+disso|ao\s+inv[eé]s|to|toh))+\s*$|[\s?.!]+$/iu;
const ARTICLE = /^(?:an?|the|un|una|une|le|la|el|o|um|uma|eine?n?|als)\s+/iu;

/** The role words of a hypothetical "what if I went for X", or undefined when it is not one. */
export function roleAskedInstead(raw: string): { role: string; language: string } | undefined {
  const text = raw.trim();
  for (const [re, language] of HYPOTHETICALS) {
    const m = re.exec(text);
    if (!m?.[1]) continue;
    let role = m[1];
    for (let i = 0; i < 3; i++) role = role.replace(TAIL, "").trim();
    role = role
      .replace(ARTICLE, "")
      .replace(/\s+(?:role|job|position)$/i, "")
      .trim();
    if (role && role.split(/\s+/).length <= 6) return { role, language };
  }
  return undefined;
}

/**
 * The role asked about as an alternative, in words the role finder reads, when
 * the conversation has checked or planned for a role and X is a role the role data knows,
 * not the target itself and not one of its gaps ("what if I tried docker" is no role).
 */
export async function roleInsteadRequest(raw: string, focus: Focus): Promise<string | undefined> {
  if (!focus.jobId && !focus.jobTitle && !focus.analysisId && !(focus.analysed ?? 0) && !focus.roadmapId)
    return undefined;
  const asked = roleAskedInstead(raw);
  if (!asked) return undefined;
  // "analista de datos": a title in the language's own words is read in English words.
  const english = asked.language === "en" ? undefined : translateTitle(asked.role, asked.language);
  // Its English reading first: "chef de projet" as written is a cook ("Chef").
  const role = english && (await namesKnownRole(english)) ? english : asked.role;
  const said = role.toLowerCase();
  if ((focus.gaps ?? []).some((g) => g.toLowerCase() === said)) return undefined;
  if (focus.jobTitle && focus.jobTitle.toLowerCase() === said) return undefined;
  return (await namesKnownRole(role)) ? role : undefined;
}
