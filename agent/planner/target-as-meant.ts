/**
 * The last look at a planned target: several readers hand set_dream_job the whole sentence
 * (the wish read as a move, as a preference, as the model's set_dream_job), and the role finder
 * takes the first title it meets. Sentences that name a role they do NOT want reached it whole
 * (trial19 §1): "je ne veux pas être soudeuse, je veux être chargée de recrutement" set the
 * refused role, and "je suis gérante de magasin, pas « X »" (a saved title quoted and corrected)
 * set a target made of its words. So did a job held told before the wish in German ("arbeite
 * als Laborantin … und möchte in die Qualitätssicherung wechseln": Laborantin was matched), and
 * when the background reader saved the job held, the wish of another language was said back as
 * "not placed" (trial18 §7, trial19 §3). Narrowed here once, for every reader.
 */
import { rolePhrase } from "../../tools/jobs/role-lead-ins.ts";
import type { PlannedCall } from "../tools/schemas.ts";
import { roleAfterGivingUp } from "./plans/rejected-role.ts";
import { titleNotThat } from "./title-not-that.ts";
import { wishSaidAbroad } from "./wish-said-abroad.ts";

export function targetAsMeant(planned: PlannedCall[], raw: string): PlannedCall[] {
  const narrowed = planned.map((c) => {
    if (c.name !== "set_dream_job" || typeof c.args.text !== "string") return c;
    const retitled = titleNotThat(c.args.text)?.calls[0];
    if (retitled) return retitled;
    const wanted = roleAfterGivingUp(c.args.text) ?? wishedKeepingLeadIn(c.args.text);
    // "nurse 20 years, burnt out. school nurse?": the question mark is no part of the title.
    const text = (wanted ?? c.args.text).replace(/\s*\?+$/u, "");
    return text && text !== c.args.text ? { ...c, args: { ...c.args, text } } : c;
  });
  return withWishBesideBackground(wishNotAnEntry(narrowed, raw), raw);
}

/**
 * The wish of another language narrowed to its clause when that clause's lead-in reads the same
 * role ("quiero ser asesora de sueños"): the role service knows the title's language from it and,
 * when no title matches, says to give it in English; narrowed to the bare title it said only
 * "could not match" (CI after the rebuild, issue 12).
 */
function wishedKeepingLeadIn(text: string): string | undefined {
  const wish = wishSaidAbroad(text);
  if (!wish) return undefined;
  const read = rolePhrase(wish.clause);
  return read.language && read.phrase.replace(/[?.!]+$/, "") === wish.role ? wish.clause : wish.role;
}

/**
 * The whole message saved as an entry while it says a wish in another language ("Fleuriste depuis
 * 7 ans, je vise un poste d'acheteuse"): the wish is the target, the story its reason (the
 * convention of wish-beside-background.ts); the wish's words were saved as experience.
 */
function wishNotAnEntry(planned: PlannedCall[], raw: string): PlannedCall[] {
  const only = planned.length === 1 ? planned[0]! : undefined;
  // The whole message, a greeting before it aside ("Bonjour ! Je suis …": the entry's text starts after it).
  const text = String(only?.args.text ?? "").trim();
  if (only?.name !== "add_profile_entry" || !text || !raw.trim().endsWith(text)) return planned;
  const wish = wishSaidAbroad(raw);
  return wish ? [{ name: "set_dream_job", args: { text: wish.role } }] : planned;
}

type Background = { unread?: unknown; skills?: unknown };

/**
 * A background saved with the wish of another language left unread: the wish becomes the target.
 * The planner's save_background carries the background as its arguments (the agent calls it as
 * add_profile_entry's background form, told-background-call.ts).
 */
function withWishBesideBackground(planned: PlannedCall[], raw: string): PlannedCall[] {
  if (planned.some((c) => c.name === "set_dream_job")) return planned;
  const told = planned.findIndex((c) => c.name === "save_background");
  if (told < 0) return planned;
  const wish = wishSaidAbroad(raw);
  if (!wish) return planned;
  const clause = wish.clause.toLowerCase();
  const inWish = (s: unknown) => typeof s === "string" && clause.includes(s.toLowerCase().trim());
  const background = planned[told]!.args as Background;
  const cleaned: Background = {
    ...background,
    ...(Array.isArray(background.unread) ? { unread: background.unread.filter((u) => !inWish(u)) } : {}),
    ...(Array.isArray(background.skills)
      ? { skills: background.skills.filter((s) => !inWish((s as { name?: unknown }).name)) }
      : {}),
  };
  const out = planned.map((c, i) => (i === told ? { ...c, args: cleaned } : c));
  return [...out, { name: "set_dream_job", args: { text: wish.role } }];
}
