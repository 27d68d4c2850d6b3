/**
 * The indexed role finder must choose exactly what checking every O*NET title would:
 * compared over titles from the whole real role data (as typed and inside a sentence)
 * and generated mixes of title words. A text naming no title word for word is read loosely
 * (misspelt words as the title word they slip from, words by their stem).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURATED_TITLES } from "../../data/roles/curated-titles.ts";
import { withRoleAcronymsSpelled } from "../../data/roles/role-acronyms.ts";
import type { CompiledRoles } from "../../data/roles/types.ts";
import { acronymReadAsWord } from "./acronym-title.ts";
import {
  CURATED_WEIGHT,
  createRoleFinder,
  GRADE_WORDS,
  pickTitle,
  ungradedKeys,
  wordKeys,
} from "./role-finder.ts";

const roles = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
) as CompiledRoles;
const findRole = createRoleFinder(roles);

/** The plain definition: every title in order (curated titles first), all of its words present, best score wins. */
const everyTitle = [
  ...CURATED_TITLES.map(([title, code]) => ({
    role: roles.roles.find((r) => r.code === code)!,
    title,
    weight: CURATED_WEIGHT,
    keys: wordKeys(title),
  })),
  ...roles.roles.flatMap((role) =>
    [[role.title, 1] as [string, number], ...role.titles].map(([title, weight]) => ({
      role,
      title,
      weight,
      keys: wordKeys(title),
    })),
  ),
];
const everyKey = new Set(everyTitle.flatMap((t) => t.keys));
/** As the finder reads a text: a role acronym with the title it stands for (data/roles/role-acronyms.ts). */
const asRead = (text: string) =>
  withRoleAcronymsSpelled(text, (w) => wordKeys(w).length > 0 && wordKeys(w).every((k) => everyKey.has(k)));
function scanEveryTitle(text: string): string | undefined {
  const present = new Set(wordKeys(asRead(text)));
  const matches: { t: (typeof everyTitle)[number]; order: number }[] = [];
  everyTitle.forEach((t, order) => {
    if (t.keys.length > 0 && t.keys.every((k) => present.has(k))) matches.push({ t, order });
  });
  const best = pickTitle(matches);
  // An acronym title typed in lower case inside a sentence is a word, as the finder reads it.
  if (best && acronymReadAsWord(best.title, text, ungradedKeys(text))) return undefined;
  return best ? `${best.role.code} ${best.title}` : undefined;
}

/**
 * The finder's answer, or the scan's when the finder asks which role instead (a one-word
 * title many occupations share, such as "Designer", with common titles to choose from).
 */
const answer = (text: string) => {
  const m = findRole(text);
  const scanned = m ? undefined : scanEveryTitle(text);
  const naming = scanned ? wordKeys(scanned.slice(11)).filter((k) => !GRADE_WORDS.has(k)) : [];
  if (naming.length === 1 && (findRole.choices?.(naming[0]!).length ?? 0) >= 2) return scanned;
  return m ? `${m.role.code} ${m.matchedTitle}` : undefined;
};

describe("role finder", () => {
  const titles = roles.roles.flatMap((r) => [r.title, ...r.titles.map(([t]) => t)]);

  // The reference scan reads all ~60k titles per text: seconds on a quiet machine, a minute
  // on a loaded CI runner, hence its own timeout.
  it("finds the same title as a scan of every title, for O*NET titles across the whole list", {
    timeout: 240_000,
  }, () => {
    let compared = 0;
    // Every 40th title: the reference scan is what the index exists to avoid.
    for (const title of titles.filter((_, i) => i % 60 === 0)) {
      for (const text of [title, `I want to become a ${title} next year`]) {
        expect(answer(text), text).toBe(scanEveryTitle(text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("agrees with the scan on generated mixes of title words", () => {
    const vocabulary = [...new Set(titles.flatMap((t) => t.toLowerCase().split(/\s+/)))].slice(0, 4000);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 6 }), (picked) => {
        const text = picked.join(" ");
        const scanned = scanEveryTitle(text);
        // With no title said word for word, the loose reading (stems, slips) may find one.
        if (scanned !== undefined) expect(answer(text)).toBe(scanned);
        else if (answer(text) !== undefined) expect(findRole(text)!.matchedTitle).not.toBe("");
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it("reads a field's name and a slip of the keyboard as the title they mean", () => {
    // Found trying the CLI as a graphic designer ("I want to move into UX design") and a
    // retail associate typing fast ("account executve"): both were "not a known role".
    expect(findRole("UX design")?.matchedTitle).toBe("ux designer");
    expect(findRole("account executve")?.matchedTitle).toBe("account executive");
    expect(findRole("nurse practioner")?.role.title).toBe("Nurse Practitioners");
    expect(findRole("software development")?.matchedTitle).toBe("software developer");
    // Words said exactly keep their reading; nothing close stays nothing.
    expect(findRole("registered nurse")?.matchedTitle).toBe("registered nurse");
    expect(findRole("happy")).toBeUndefined();
  });

  it("reads the title word 'constructor' as a word, not as an object's constructor", () => {
    expect(wordKeys("Elevator Constructor")).toEqual(["elevator", "constructor"]);
  });
});
