/**
 * The robustness suite's numbers for one set of attacked pairs: per attack group the largest
 * score change, verdict flips and (one-paragraph variants) UNFIT -> FIT turns. The team's pairs
 * report under the plain names, another set under a prefix ("dev.") so each is gated on its own.
 */
import { ATTACK_GROUPS, type Attack, type AttackGroup } from "./attack-pairs.ts";

const inGroup = (attacks: Attack[], g: AttackGroup) => attacks.filter((a) => a.group === g);
const maxDelta = (xs: Attack[]) => xs.reduce((m, a) => Math.max(m, a.delta.maxAbsDelta), 0);
const flips = (xs: Attack[]) => xs.filter((a) => a.delta.verdictFlipped).length;
const madeFit = (xs: Attack[]) => xs.filter((a) => a.madeFit).length;
const experienceMoved = (a: Attack) => a.delta.moved.some((m) => m.key === "experience");
const readinessDelta = (a: Attack) => {
  const moved = a.delta.moved.find((m) => m.key === "readiness");
  return moved && moved.before !== null && moved.after !== null ? moved.after - moved.before : 0;
};

export function attackMetrics(attacks: Attack[], prefix = ""): Record<string, number> {
  const group = (g: AttackGroup) => inGroup(attacks, g);
  const claims = group("claims");
  const unstructuredAttacks = group("unstructured");
  const metrics: Record<string, number> = {
    "injection.cases": group("injection").length,
    "injection.max_abs_delta": maxDelta(group("injection")),
    "injection.verdict_flips": flips(group("injection")),
    "injection.max_confidence_delta": group("injection").reduce(
      (m, a) => Math.max(m, Math.abs(a.delta.confidenceDelta)),
      0,
    ),
    "repetition.cases": group("repetition").length,
    "repetition.max_abs_delta": maxDelta(group("repetition")),
    "repetition.verdict_flips": flips(group("repetition")),
    "claims.cases": claims.length,
    "claims.mean_readiness_gain": claims.length
      ? claims.reduce((s, a) => s + readinessDelta(a), 0) / claims.length
      : 0,
    "claims.verdict_flips": flips(claims),
    "unstructured.cases": unstructuredAttacks.length,
    "unstructured.unfit_to_fit": madeFit(unstructuredAttacks),
    "unstructured.experience_moved": unstructuredAttacks.filter(experienceMoved).length,
    // Gated at 0 UNFIT -> FIT (tools/gap/pasted-ad-text.ts reads copies of the ad as no evidence).
    "pasted.cases": group("pasted").length,
    "pasted.unfit_to_fit": madeFit(group("pasted")),
    "pasted.max_abs_delta": maxDelta(group("pasted")),
  };
  return Object.fromEntries(Object.entries(metrics).map(([k, v]) => [`${prefix}${k}`, v]));
}

export const ATTACK_TABLE_COLUMNS = ["attack", "cases", "max score change", "verdict flips", "UNFIT -> FIT"];

/** One row per attack group; UNFIT -> FIT is measured on the one-paragraph variants only. */
export function attackRows(attacks: Attack[]): (string | number | null)[][] {
  return ATTACK_GROUPS.map((g) => {
    const xs = inGroup(attacks, g);
    return [
      g,
      xs.length,
      maxDelta(xs),
      flips(xs),
      g === "unstructured" || g === "pasted" ? madeFit(xs) : null,
    ];
  });
}

/**
 * The attacks that broke a guarantee: any move from injection or repetition, an UNFIT -> FIT turn,
 * or years of experience from stuffed keywords. Claims may move scores (a real, unverified claim).
 */
export function brokenGuarantees(attacks: Attack[]): Attack[] {
  return attacks.filter(
    (a) =>
      ((a.group === "injection" || a.group === "repetition") &&
        (a.delta.maxAbsDelta > 0 || a.delta.verdictFlipped)) ||
      a.madeFit === true ||
      (a.group === "unstructured" && experienceMoved(a)),
  );
}

export const describeAttack = (a: Attack) => ({
  title: `${a.pair}: ${a.variant}`,
  detail: `${a.delta.verdictFlipped ? "verdict flipped; " : ""}${a.delta.moved.map((m) => `${m.key} ${m.before} → ${m.after}`).join(", ")}`,
});
