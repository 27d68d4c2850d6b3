/**
 * After an analysis, one question about a preference the person has not given that a score
 * needs (pay, work mode, relocation, values), with quick replies — asked once per
 * preference: the focus remembers what was asked, so the next analysis does not ask again.
 * Each chip sends a sentence the reanalysis reads (tools/gap/stated-preferences.ts).
 */
import type { QuickRepliesPart, TextPart } from "../../contract/conversation.ts";
import type { Preferences } from "../../contract/profile.ts";
import type { Analysis, PreferenceNeed } from "../../tools/gap/types.ts";
import { hasPayExpectation, payWords } from "../../tools/profile/pay-words.ts";

const ORDER: PreferenceNeed[] = ["salary", "workMode", "location", "relocation", "values"];

type Question = { text: string; options: QuickRepliesPart["options"] };

/** Questions whose answers do not depend on the ad. */
const FIXED_CHOICES: Record<"workMode" | "relocation", Question> = {
  workMode: {
    text: "Do you want remote, hybrid or on-site work? With that I can score location.",
    options: (["remote", "hybrid", "on-site"] as const).map((mode) => ({
      id: `mode-${mode}`,
      label: mode[0]!.toUpperCase() + mode.slice(1),
      text: `I prefer ${mode} work`,
    })),
  },
  relocation: {
    text: "The role is somewhere else: would you relocate for it?",
    options: [
      { id: "relocate-yes", label: "Open to relocating", text: "I'm open to relocating" },
      { id: "relocate-no", label: "Not relocating", text: "I would rather not relocate" },
    ],
  },
};

const amount = (x: number) => Math.round(x).toLocaleString("en");

function question(
  need: PreferenceNeed,
  analysis: Analysis,
): { text: string; options: QuickRepliesPart["options"] } {
  switch (need) {
    case "salary": {
      const ad = analysis.scoreDetails.salary.evidence.find((e) => e.startsWith("ad: "))?.slice(4) ?? "";
      const figures = [...ad.matchAll(/(\d[\d,.]*)\s*(k)?/gi)]
        .map((m) => Number(m[1]!.replace(/,/g, "")) * (m[2] ? 1000 : 1))
        .filter((n) => n >= 1000);
      const currency = /\$|usd/i.test(ad)
        ? "USD"
        : /£|gbp/i.test(ad)
          ? "GBP"
          : /€|eur/i.test(ad)
            ? "EUR"
            : "";
      return {
        text: `What pay do you expect? The ad offers ${ad || "a salary"}; with your figure I can score salary.`,
        options: figures.slice(0, 2).map((n, i) => ({
          id: `salary-${i}`,
          label: `At least ${amount(n)}${currency ? ` ${currency}` : ""}`,
          text: `I expect at least ${amount(n)}${currency ? ` ${currency}` : ""} a year`,
        })),
      };
    }
    case "workMode":
    case "location":
    case "relocation":
      return FIXED_CHOICES[need === "location" ? "workMode" : need];
    case "values": {
      const cues = analysis.scoreDetails.cultureFit.evidence
        .find((e) => e.startsWith("ad signals: "))
        ?.slice(12)
        .split(", ")
        .slice(0, 3);
      return {
        text: "What matters to you in a workplace? With that I can score culture fit.",
        options: (cues ?? []).map((cue) => ({
          id: `value-${cue}`,
          label: cue,
          text: `I care about ${cue} at work`,
        })),
      };
    }
  }
}

/** The question to ask after this analysis, or undefined (nothing missing, or already asked). */
export function preferenceQuestion(
  analysis: Analysis,
  asked: readonly string[] = [],
): { need: PreferenceNeed; parts: [TextPart, QuickRepliesPart] } | undefined {
  const needs = new Set(Object.values(analysis.scoreDetails).flatMap((d) => (d.needs ? [d.needs] : [])));
  const need = ORDER.find((n) => needs.has(n) && !asked.includes(n));
  if (!need) return undefined;
  const q = question(need, analysis);
  return {
    need,
    parts: [
      { type: "text", text: q.text },
      { type: "quickReplies", options: q.options },
    ],
  };
}

/** What a reanalysis stored, in words for the reply ("pay: at least 60,000 EUR a year"). */
export function preferenceLabels(p: Preferences): string[] {
  return [
    ...(hasPayExpectation(p) ? [`pay: ${payWords(p)}`] : []),
    ...(p.desiredLocation ? [`location: ${p.desiredLocation}`] : []),
    ...(p.remote ? [`work mode: ${p.remote}`] : []),
    ...(p.relocateTo?.length
      ? [`open to relocating to ${p.relocateTo.join(" or ")}`]
      : p.relocate !== undefined
        ? [p.relocate ? "open to relocating" : "not relocating"]
        : []),
    ...(p.values?.length ? [`values: ${p.values.join(", ")}`] : []),
  ];
}
