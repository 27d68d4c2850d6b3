/**
 * "main Hindi, English aur Marathi bolta hu", "I speak Tamil and English", "hablo español e
 * inglés", "je parle arabe et français", "ich spreche Deutsch und Englisch gut", "falo
 * português e espanhol": the languages the person speaks, each added with the level said beside
 * it. Read by its shape (a verb of speaking and language names), whatever the model reads: after
 * an analysis the Hinglish line was read as asking about a gap ("Hindi is not among the gaps",
 * trial19 §8). After an analysis the analysis is run again with them.
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import type { Focus } from "../graph/focus.ts";
import type { PlannedCall } from "../tools/schemas.ts";
import { skillWordsInEnglish } from "./skill-words-translated.ts";
import { knownSkillNames } from "./slot-words.ts";
import { withSpokenLevels } from "./spoken-level.ts";
import { call, type Outcome } from "./types.ts";

/** A verb of speaking, in the chat's languages; Hindi's comes last ("… bolta hoon"). */
const SPEAKS =
  /(?<![\p{L}])(?:i\s+(?:also\s+|can\s+)?speak|i'?m\s+fluent\s+in|hablo|je\s+parle|ich\s+spreche|falo|(?:bolt[aie]|bol\s+(?:leta|leti|sakta|sakti))\s+(?:hu|hun|hoon|hoo|ho|hai|hain)|(?:bolt[aie]|bol\s+leta|bol\s+leti))(?![\p{L}])/iu;

/** A question or words about a job's asks: "do I need to speak German?" names no language held. */
const ABOUT_ELSE =
  /\?|\b(?:job|role|ad|posting|asks?|wants?|needs?|requires?|required|learn|learning|should)\b/i;

/** Languages of India the taxonomy files elsewhere or lacks: spoken languages all the same. */
const INDIAN =
  /^(?:hindi|marathi|tamil|telugu|bengali|bangla|gujarati|punjabi|kannada|malayalam|urdu|odia|oriya|assamese|konkani|sindhi|nepali)$/i;

function languagesNamed(raw: string): string[] {
  const taxonomy = getTaxonomy();
  const names: string[] = [];
  for (const word of skillWordsInEnglish(raw).match(/\p{L}+/gu) ?? []) {
    const known = taxonomy.lookup(word);
    const name =
      known?.category === "spoken_language" ? known.name : INDIAN.test(word) ? titled(word) : undefined;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
const titled = (w: string) => w[0]!.toUpperCase() + w.slice(1).toLowerCase();

export function spokenLanguagesSaid(raw: string, focus: Focus): Outcome | undefined {
  if (!SPEAKS.test(raw) || ABOUT_ELSE.test(raw) || raw.split(/\s+/).length > 16) return undefined;
  const names = languagesNamed(raw);
  if (names.length === 0) return undefined;
  // Only languages: a preference or another skill said beside them is read by add_skill's own plan.
  if (Object.keys(preferencesIn(raw)).length) return undefined;
  const others = knownSkillNames(skillWordsInEnglish(raw)).filter((n) => !names.includes(n));
  if (others.length) return undefined;
  const added: PlannedCall[] = withSpokenLevels(
    names.map((skill) => call("add_skill", { skill })),
    raw,
  );
  return { calls: focus.analysisId ? [...added, call("reanalyze")] : added };
}
