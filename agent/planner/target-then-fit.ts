/**
 * "ok what about sales manager instead? am i a fit for that": a new target and the fit for it,
 * asked in one message (trial14 §12). The pieces read as set_dream_job and a fit check that
 * pointed at nothing yet ("Which job should I compare you to?"), so only the target was set
 * and the person was told to ask again. The fit check runs after the target it points back to.
 */
import { call, type Outcome } from "./types.ts";

/** A fit question pointing back at what was just named: "am i a fit for that", "would i fit it". */
const FIT_FOR_IT =
  /\b(?:am\s+i|would\s+i\s+be|i'?m|do\s+i|would\s+i|could\s+i|how)\s+(?:a\s+)?(?:good\s+)?(?:fit|qualified|suited|match|ready|fit\s+in|stack\s+up)(?:\s+(?:for|to|with))?\s+(?:that|it|this|this\s+one|that\s+one|there)\b|\b(?:encajo|sirvo|valgo)\s+(?:para\s+)?(?:eso|ese|esa|ello)?|\best-ce\s+que\s+je\s+corresponds|\bpasse\s+ich\s+(?:da(?:zu|rauf)?|dazu)|\beu\s+encaixo/i;

/** "what about X instead?", "how about X?": the role named. */
const WHAT_ABOUT =
  /\b(?:what|how)\s+about\s+(?:an?\s+|the\s+)?(.{2,60}?)(?:\s+(?:instead|then|now))?\s*[?.!,]/i;

const onlyTarget = (o: Outcome) => o.calls.length === 1 && o.calls[0]!.name === "set_dream_job";
const fitAskedOfNothing = (o: Outcome) =>
  (o.calls.length === 1 && o.calls[0]!.name === "analyze_fit") ||
  (o.calls.length === 0 && o.say?.kind === "ask_job");

export function targetThenFit(outcomes: Outcome[], raw: string): Outcome[] | undefined {
  if (!FIT_FOR_IT.test(raw)) return undefined;
  const named = WHAT_ABOUT.exec(raw)?.[1]?.trim();
  // One reading, the fit check alone: the role named in "what about X?" is the one it is for.
  if (outcomes.length === 1 && fitAskedOfNothing(outcomes[0]!) && named)
    return [{ calls: [call("set_dream_job", { text: named }), call("analyze_fit")], awaiting: null }];
  if (outcomes.length !== 2 || !onlyTarget(outcomes[0]!) || !fitAskedOfNothing(outcomes[1]!))
    return undefined;
  const target = named ? call("set_dream_job", { text: named }) : outcomes[0]!.calls[0]!;
  return [{ ...outcomes[0]!, calls: [target, call("analyze_fit")], awaiting: null }];
}
