/**
 * "… I think I'd be good at sales. set that as my target, medical device sales", "lock it in as
 * my goal: dental hygienist": the target said in so many words, the role after the colon or
 * comma. A story before it left the model unsure (it read a practice answer) and the person was
 * asked back (conv12r, a blind8 class). An exact format, so a rule; the role is the text after
 * the words that set it, and the tool matches it as any target said.
 */
import { call, calls, type Outcome } from "./types.ts";

const SET_AS_TARGET =
  /(?:^|[.!?;]\s*|,\s*)(?:(?:ok|okay|so|pls|please|just|and)\s+)*(?:set|make|put|lock|save|mark|log)\s+(?:that|it|this)\s+(?:in\s+|down\s+)?as\s+(?:my|the)\s+(?:new\s+)?(?:target(?:\s+(?:job|role))?|goal|dream\s+(?:job|role))\s*[,:;—–-]+\s*(?:an?\s+)?([^.!?]{2,80}?)[\s.!]*$/iu;

/** set_dream_job with the role named after "set that as my target", or undefined. */
export function targetNamedOutright(raw: string): Outcome | undefined {
  const role = SET_AS_TARGET.exec(raw.trim())?.[1]?.trim();
  if (!role || role.split(/\s+/).length > 8) return undefined;
  return calls(call("set_dream_job", { text: role }));
}
