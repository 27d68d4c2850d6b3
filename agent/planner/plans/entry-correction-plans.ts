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
import { ENTRY_FILLER, KIND_NOUNS, kindIn } from "../entry-kind-nouns.ts";
import { ASKS_TO_MISSTATE, honestSubject } from "../honest-subject.ts";
import { honestDetail } from "../honest-words.ts";
import { ordinalsInEnglish } from "../position-in-other-languages.ts";
import { ordinalIndex } from "../slot-words.ts";
import { call, calls, say } from "../types.ts";
import type { Planner } from "./plan-kit.ts";

const REMOVE =
  /(?<![\p{L}])(?:remove|delete|get\s+rid|erase|drop|borr[aeo]\w*|elimin\w*|quit[aeo]\w*|sac[aá]\w*|supprim\w*|enl[eè]v\w*|retir\w*|effac\w*|l[öo]sch\w*|entfern\w*|streich\w*|apag\w*|exclu\w*|tira\w*|remov\w*|hata\w*|nikal\w*)(?![\p{L}])/iu;

function namingWords(text: string): string | undefined {
  const words = text
    .replace(REMOVE, " ")
    .replace(/[¿¡?!.,;:"“”']/g, " ")
    .split(/\s+/)
    .filter((w) => w && !ENTRY_FILLER.has(w.toLowerCase()) && !KIND_NOUNS.some(([re]) => re.test(w)));
  return words.length ? words.join(" ") : undefined;
}

export const ENTRY_CORRECTION_PLANS: Record<string, Planner> = {
  correct_profile_entry: (seg, ctx) => {
    const english = entryCorrectionRead(seg.raw.trim(), ctx.focus);
    if (english) return english;
    // "inflate my job title?" is no correction: asking to misstate an entry gets the honest answer.
    const claim = ASKS_TO_MISSTATE.test(seg.raw) ? honestSubject(seg.raw) : undefined;
    if (claim) return say("refusal_harmful", undefined, honestDetail(claim.subject, claim.skill));
    if (!REMOVE.test(seg.raw)) return say("ask_correction");
    // The reason after a dash or "because" names nothing to remove ("…, ya caducó").
    const object = seg.raw.split(/\s+[-–—]\s+|\s*[;,]\s*|\s+(?:porque|parce que|weil|pois|kyunki)\s+/i)[0]!;
    const kind = kindIn(object);
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
