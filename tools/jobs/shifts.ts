/**
 * Shift words, as a person states them ("I can only work nights", "no weekends", "day shift
 * only", "open to rotating shifts") and as ads write them ("night shift", "weekends required").
 * One reader for both, so a stated preference and an ad's hours compare on the same terms.
 * Nothing is guessed: a message that names no shift gives nothing.
 */
import type { Shift, ShiftPreference, ShiftStance } from "../../contract/profile.ts";
import { unicodeBounds } from "../text/word-bounds.ts";

/**
 * Each shift's words, in the languages the chat reads (English first): the words an ad also
 * writes as the job's hours, then words read only from a person, which an ad uses in other
 * senses ("within 30 days", "job rotation", "a night at the theatre").
 */
const SHIFT_WORDS: [Shift, string, string][] = [
  [
    "night",
    String.raw`nights|night[- ]?shifts?|night work|overnights?|graveyard(?: shifts?)?|turnos? de noche|turno da noite|noches|(?:de )?nuit|nachts?(?:chichten|schicht)?|noites?|raat(?: ki)?(?: shift)?`,
    String.raw`night`,
  ],
  [
    "day",
    String.raw`day[- ]?shifts?|daytime|morning shifts?|turnos? de d[ií]a|turno (?:da manh[aã]|diurno)|tags(?:[üu]ber|schicht)|fr[üu]hschicht`,
    // "mornings only": a person's day; an ad's "every morning" is not its hours.
    // "solo por las mañanas", "le matin", "nur vormittags" (conv12t): a person's mornings.
    String.raw`days|mornings|(?:de )?jour(?:n[ée]e)?|din(?: ki)?(?: shift)?|(?:las |la )?ma[nñ]anas?|(?:de |pela |das )?manh[ãa]s?|matin(?:s|[ée]es?)?|vormittags?|morgens|subah(?: ki)?(?: shift)?`,
  ],
  [
    "evening",
    String.raw`evenings|evening shifts?|swing shifts?|late shifts?|turnos? de tarde|abends?|sp[äa]tschicht|turno da tarde`,
    String.raw`evening|(?:du )?soir`,
  ],
  [
    "weekend",
    String.raw`weekends?|week-ends?|fines? de semana|fins? de semana|wochenenden?|samstags?|sonntags?|sundays?|saturdays?|s[áa]bados?|domingos?|samedis?|dimanches?`,
    String.raw`(?!)`,
  ],
  [
    "rotating",
    String.raw`rotating(?: shifts?)?|rotas?|shift rotation|turnos? rotativos?|turnos rotativos|wechselschicht(?:en)?|schichtdienst`,
    String.raw`rotation(?: shifts?)?|roulement`,
  ],
];
const wordsOf = ([, inAds, personOnly]: (typeof SHIFT_WORDS)[number]) => `${inAds}|${personOnly}`;

/** Each shift with the words an ad writes for it as the job's hours (shifts-in-ads.ts reads them). */
export const SHIFTS_IN_AD_WORDS: [Shift, RegExp][] = SHIFT_WORDS.map(([shift, inAds]) => [
  shift,
  new RegExp(unicodeBounds(String.raw`\b(?:${inAds})\b`), "iu"),
]);
const ANY_SHIFT = SHIFT_WORDS.map((w) => `(?:${wordsOf(w)})`).join("|");

/** Words before a shift that keep to it alone, refuse it, or accept it. */
const ONLY_BEFORE = String.raw`(?:(?:i\s+)?(?:can|could)\s+only\s+(?:work\s+|do\s+)?(?:on\s+)?|only\s+(?:work\s+|do\s+)?(?:on\s+)?|just\s+|solo\s+(?:puedo\s+trabajar\s+)?(?:en\s+|de\s+|por\s+)?|s[oó]lo\s+(?:en\s+|de\s+)?|seulement\s+(?:la\s+|le\s+)?|uniquement\s+(?:la\s+|le\s+)?|nur\s+(?:am\s+|in\s+der\s+)?|s[oó]\s+(?:posso\s+trabalhar\s+)?(?:no\s+|na\s+|de\s+)?|apenas\s+(?:no\s+|na\s+)?|sirf\s+)`;
const ONLY_AFTER = String.raw`\s+only|\s+(?:solamente|seulement|uniquement)`;
const NO_BEFORE = String.raw`(?:no|not\s+(?:on\s+)?|never\s+(?:on\s+)?|nothing\s+(?:on\s+)?|(?:i\s+)?(?:can'?t|cannot|can\s+not|won'?t|don'?t|do\s+not|will\s+not)\s+(?:work|do)\s+(?:on\s+)?(?:the\s+)?|without\s+|sin\s+|nada\s+de\s+|no\s+(?:puedo\s+)?(?:trabaj(?:ar|o)\s+)?(?:los\s+|en\s+)?|pas\s+(?:de\s+|le\s+|la\s+|les\s+)?|jamais\s+(?:le\s+|la\s+)?|keine?n?\s+|nicht\s+(?:am\s+|an\s+)?|sem\s+|n[aã]o\s+(?:trabalho\s+)?(?:no\s+|na\s+|nos\s+|aos\s+)?|nahi\s+)`;
const OPEN_BEFORE = String.raw`(?:open\s+to\s+|me\s+da\s+igual\s+|no\s+me\s+importa\s+|ok(?:ay)?\s+with\s+|fine\s+with\s+|happy\s+to\s+(?:work|do)\s+|willing\s+to\s+(?:work|do)\s+|(?:i\s+)?(?:can|could)\s+(?:also\s+)?(?:work|do)\s+|don'?t\s+mind\s+|abierto\s+a\s+|dispuesto\s+a\s+trabajar\s+|ouvert\s+(?:aux?|à)\s+|offen\s+f[üu]r\s+|aberto\s+a\s+|disposto\s+a\s+trabalhar\s+)`;

function shiftOf(words: string): Shift | undefined {
  for (const w of SHIFT_WORDS) if (new RegExp(`^(?:${wordsOf(w)})$`, "iu").test(words.trim())) return w[0];
  return undefined;
}

const STATED: [ShiftStance, RegExp][] = [
  [
    "only",
    new RegExp(
      unicodeBounds(
        String.raw`\b${ONLY_BEFORE}(?:the\s+|la\s+|le\s+|el\s+|o\s+)?(${ANY_SHIFT})\b(?!\s*off\b)`,
      ),
      "giu",
    ),
  ],
  ["only", new RegExp(unicodeBounds(String.raw`\b(${ANY_SHIFT})(?:${ONLY_AFTER})\b`), "giu")],
  [
    "no",
    new RegExp(unicodeBounds(String.raw`(?:^|[\s,;.(])${NO_BEFORE}(${ANY_SHIFT})\b(?!\s*off\b)`), "giu"),
  ],
  // "weekends are a no for me", "weekend pe kaam nahi kar sakta": the refusal after the shift.
  [
    "no",
    new RegExp(
      unicodeBounds(
        String.raw`\b(${ANY_SHIFT})\s+(?:(?:are|is)\s+(?:a\s+)?(?:no|out|off\s+the\s+table|a\s+dealbreaker)|(?:pe|par|mein?)\s+(?:kaam\s+)?nahi)\b`,
      ),
      "giu",
    ),
  ],
  [
    "open",
    new RegExp(
      unicodeBounds(
        String.raw`\b${OPEN_BEFORE}(?:the\s+|working\s+|el\s+|la\s+|le\s+|les\s+|o\s+|die\s+)?(${ANY_SHIFT})\b(?!\s*off\b)`,
      ),
      "giu",
    ),
  ],
];

/** The shift preferences a message states, one per shift (the first stance said wins). */
export function shiftsIn(text: string): ShiftPreference[] {
  const found = new Map<Shift, { stance: ShiftStance; at: number }>();
  for (const [stance, pattern] of STATED) {
    for (const m of text.matchAll(pattern)) {
      const shift = shiftOf(m[1] ?? "");
      const at = m.index ?? 0;
      if (shift && (!found.has(shift) || found.get(shift)!.at > at)) found.set(shift, { stance, at });
    }
  }
  return [...found].sort((a, b) => a[1].at - b[1].at).map(([shift, { stance }]) => ({ shift, stance }));
}

/** Stored shift preferences with new ones: a shift said again replaces what was said of it. */
export function withShifts(
  current: ShiftPreference[] | undefined,
  change: ShiftPreference[],
): ShiftPreference[] {
  const said = new Set(change.map((c) => c.shift));
  // "day shift only" after "nights only": one shift can be the only one.
  const only = change.some((c) => c.stance === "only");
  return [...(current ?? []).filter((c) => !said.has(c.shift) && !(only && c.stance === "only")), ...change];
}

const SHIFT_NAMES: Record<Shift, [string, string]> = {
  day: ["day shifts", "days"],
  evening: ["evening shifts", "evenings"],
  night: ["night shifts", "nights"],
  weekend: ["weekend work", "weekends"],
  rotating: ["rotating shifts", "rotating shifts"],
};

/** Shift preferences in words: "nights only; no weekends; open to rotating shifts". */
export function shiftWords(shifts: ShiftPreference[]): string {
  return shifts
    .map(({ shift, stance }) =>
      stance === "only"
        ? `${SHIFT_NAMES[shift][1]} only`
        : stance === "no"
          ? `no ${SHIFT_NAMES[shift][1]}`
          : `open to ${SHIFT_NAMES[shift][0]}`,
    )
    .join("; ");
}
