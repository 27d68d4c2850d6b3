/**
 * The plan for correct_profile_entry, the intent of a profile entry edited or removed, said in
 * any language ("borra mi trabajo en Mercadona", "supprime la deuxième entrée", "lösch das
 * Staplerzertifikat"). The English rules of entry-correction-said.ts read first (they also run
 * before the model). Otherwise a removal is passed on with the kind, position and naming words
 * found — the profile service removes only an entry those words or that position find, and
 * lists the entries to ask which when they find none or several. An edit whose new value is not
 * read is asked back: guessing a field would write something the person did not say.
 */
import { entryCorrectionRead } from "../entry-correction-said.ts";
import { honestSubject } from "../honest-subject.ts";
import { honestDetail } from "../honest-words.ts";
import { ordinalsInEnglish } from "../position-in-other-languages.ts";
import { ordinalIndex } from "../slot-words.ts";
import { call, calls, say } from "../types.ts";
import type { Planner } from "./plan-kit.ts";

const REMOVE =
  /(?<![\p{L}])(?:remove|delete|get\s+rid|erase|drop|borr[aeo]\w*|elimin\w*|quit[aeo]\w*|sac[aá]\w*|supprim\w*|enl[eè]v\w*|retir\w*|effac\w*|l[öo]sch\w*|entfern\w*|streich\w*|apag\w*|exclu\w*|tira\w*|remov\w*|hata\w*|nikal\w*)(?![\p{L}])/iu;

/** Asking to misstate, not to correct: "inflate my job title?", "¿invento un título?". */
const MISSTATE =
  /(?<![\p{L}])(?:inflat\w*|lie|lying|fake|pretend|exaggerat\w*|embellish\w*|pad|mentir|invent\w*|fing\w*|exager\w*|l[üu]gen|erfind\w*|aufbausch\w*|jhoo?th)(?![\p{L}])/iu;

type Kind = "education" | "experience" | "projects" | "certifications";

/** The noun that says which kind of entry, in the languages the chat reads. */
const KIND_NOUNS: [RegExp, Kind][] = [
  [
    /(?<![\p{L}])(?:job|role|trabajo|puesto|empleo|experiencia|travail|poste|emploi|exp[ée]rience|stelle|arbeit\w*|erfahrung|job\w*|trabalho|emprego|cargo|experi[êe]ncia|naukri)(?![\p{L}])/iu,
    "experience",
  ],
  [
    /(?<![\p{L}])(?:degree|t[íi]tulo|grado|carrera|estudios|dipl[ôo]me|[ée]tudes|abschluss|studium|forma[çc][ãa]o|faculdade|gradua[çc][ãa]o|diploma|degree|padhai)(?![\p{L}])/iu,
    "education",
  ],
  [
    /(?<![\p{L}])(?:cert\w*|zertifikat\w*|\w*schein|licen[cs]\w*|carn[eé]t\w*|permis|certifica[çc][ãa]o|habilita[çc][ãa]o)(?![\p{L}])/iu,
    "certifications",
  ],
  [/(?<![\p{L}])(?:proye?c?to|projet|projekt|projeto)s?(?![\p{L}])/iu, "projects"],
];

/** Words around the name of the entry that are not part of it. */
const FILLER = new Set(
  "la el los las lo le les un una mi mis de del en al por favor porfa mon ma mes du des à au chez dans stp svp die der das den dem des ein eine mein meine meinen im in bei von vom bitte o a os as um uma meu minha meus minhas do da dos das no na em pra para mera meri mere ka ki ke se ko me mein wala wali hai karo kar do de please pls my the from profile perfil profil profilo entry entrada entrée eintrag aus raus weg ya ja já porque parce que weil".split(
    " ",
  ),
);

function namingWords(text: string): string | undefined {
  const words = text
    .replace(REMOVE, " ")
    .replace(/[¿¡?!.,;:"“”']/g, " ")
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w.toLowerCase()) && !KIND_NOUNS.some(([re]) => re.test(w)));
  return words.length ? words.join(" ") : undefined;
}

export const ENTRY_CORRECTION_PLANS: Record<string, Planner> = {
  correct_profile_entry: (seg, ctx) => {
    const english = entryCorrectionRead(seg.raw.trim(), ctx.focus);
    if (english) return english;
    // "inflate my job title?" is no correction: asking to misstate an entry gets the honest answer.
    const claim = MISSTATE.test(seg.raw) ? honestSubject(seg.raw) : undefined;
    if (claim) return say("refusal_harmful", undefined, honestDetail(claim.subject, claim.skill));
    if (!REMOVE.test(seg.raw)) return say("ask_correction");
    // The reason after a dash or "because" names nothing to remove ("…, ya caducó").
    const object = seg.raw.split(/\s+[-–—]\s+|\s*[;,]\s*|\s+(?:porque|parce que|weil|pois|kyunki)\s+/i)[0]!;
    const kind = KIND_NOUNS.find(([re]) => re.test(object))?.[1];
    const inEnglish = ordinalsInEnglish(object).toLowerCase();
    const index = /\blast\b/.test(inEnglish) ? -1 : ordinalIndex(inEnglish);
    const profileShown = ctx.focus.lastCall?.name === "show_profile";
    const position = index === undefined || (!kind && !profileShown) ? undefined : index < 0 ? -1 : index + 1;
    const which = position === undefined ? namingWords(object) : undefined;
    // Nothing said that finds one entry: asked, never the only entry removed by default.
    if (position === undefined && !which) return say("ask_correction");
    return calls(
      call("correct_profile_entry", {
        action: "remove",
        ...(kind ? { kind } : {}),
        ...(position !== undefined ? { position } : {}),
        ...(which ? { which } : {}),
      }),
    );
  },
};
