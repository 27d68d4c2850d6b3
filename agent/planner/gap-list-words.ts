/** The words of a gap list ("what am I missing?"): must-haves, then nice-to-haves, then why the first. */
import { NEARLY_THERE } from "../../tools/gap/decide-verdict.ts";
import type { GapListResult } from "../tools/results.ts";
import { listWords, plural } from "./variety.ts";

export function gapListWords(r: GapListResult): string {
  const job = r.jobTitle ?? "this job";
  // The gap reply says what the verdict says: an UNFIT with no gap listed was called for another
  // reason (nothing could be scored, or the kind of work), never "nothing is missing".
  if (r.gaps.length === 0)
    return r.verdict === "UNFIT"
      ? `No gap is listed for ${job}, but the verdict is UNFIT: ask "why?" for its reason.`
      : `Nothing is missing for ${job}: every requirement the posting states is met. Practise interview questions, or track the application when you apply.`;
  const must = r.gaps.filter((g) => g.kind === "required").map((g) => g.skill);
  const nice = r.gaps.filter((g) => g.kind !== "required").map((g) => g.skill);
  const parts = [
    must.length ? `${plural(must.length, "must-have")} (${listWords(must, 5)})` : "",
    nice.length ? `${plural(nice.length, "nice-to-have")} (${listWords(nice, 4)})` : "",
  ].filter(Boolean);
  const first = r.gaps[0]!;
  const why = r.firstReason ? ` Start with ${first.skill}: ${r.firstReason.replace(/\.$/, "")}.` : "";
  // A FIT beside must-haves still open is near, as the verdict and the advice say it
  // (tools/gap/decide-verdict.ts NEARLY_THERE): not a bare "you're missing" under a FIT.
  const near = r.verdict === "FIT" && must.length > 0 ? ` you're ${NEARLY_THERE} — a FIT, but` : "";
  return `For ${job}${near} you're missing ${parts.join(" and ")}.${why} Ask "why is ${r.gaps[1]?.skill ?? first.skill} a gap?" about any of them, or "make me a roadmap" to plan them in.`;
}
