/**
 * "Job: <title> (<tools>), fully remote, <country>. I'm <…> and this would be perfect": a job
 * written out after a label, as people copy the heading of an ad, with their own words after
 * it. The ad part is the target (analysed too when their words ask for the fit). The model read
 * the whole as a fit check with no job set, so the reply asked "Which job should I compare you
 * to?" (conv12p, a blind6 class: an ad fragment on one line).
 */
import { ASKS_FIT } from "./framing-lines.ts";
import { call, type Outcome } from "./types.ts";

/** The label an ad's heading starts with, in the languages the chat reads. */
const LABEL =
  /^(?:job(?:\s+title)?|role|position|posting|opening|vacancy|puesto|vacante|oferta|poste|offre|stelle|stellenangebot|vaga|cargo|naukri)\s*[:：]\s*/iu;

/** Where the person's own words start after the ad's: a sentence in the first person or pointing at it. */
const OWN_WORDS =
  /(?:^|[.!?]\s+|\s+[—–-]\s+)(?=(?:i\b|i'?m\b|i'?d\b|my\b|me\b|this\b|that\b|it\b|would\b|am\b|do\b|can\b|could\b|should\b|yo\b|je\b|j'|ich\b|eu\b|main\b|mera\b))/iu;

export function labelledJob(raw: string): Outcome | undefined {
  const text = raw.trim();
  const label = LABEL.exec(text);
  if (!label || text.includes("\n")) return undefined;
  const rest = text.slice(label[0].length);
  const cut = rest.search(OWN_WORDS);
  const ad = (cut > 0 ? rest.slice(0, cut) : rest).replace(/[\s.,;]+$/, "").trim();
  // A title, maybe with its tools or place after it; a sentence of one's own is no label ("Job: none yet lol").
  if (ad.split(/\s+/).length < 2 || !/^[\p{Lu}\p{N}]/u.test(ad)) return undefined;
  const own = cut > 0 ? rest.slice(cut) : "";
  const fit = ASKS_FIT.test(own) ? [call("analyze_fit")] : [];
  return { calls: [call("set_dream_job", { text: ad.slice(0, 2000) }), ...fit], awaiting: null };
}
