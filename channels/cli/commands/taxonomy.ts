/**
 * `careercraft taxonomy lookup <term> [--json]`: the canonical skill behind any spelling
 * ("k8s", "Postgres", "NodeJS"), with its aliases, category, type, parents, children and
 * related skills with their partial credit. Reads the shipped taxonomy file only.
 */
import type { Command } from "commander";
import { CareerCraftError } from "../../../data/errors.ts";
import { getTaxonomy, type Taxonomy } from "../../../data/taxonomy/index.ts";
import { normalizeKey } from "../../../data/taxonomy/normalize.ts";
import type { Skill } from "../../../data/taxonomy/types.ts";
import { lookUpTerm, type TermLookup } from "../../../tools/skills/term-lookup.ts";
import { type CliContext, reportCliError } from "../context.ts";

export interface SkillReport {
  id: string;
  name: string;
  category: Skill["category"];
  type: Skill["type"];
  aliases: string[];
  ambiguous: boolean;
  hot: boolean;
  inDemand: boolean;
  sources: string[];
  parents: { id: string; name: string }[];
  ancestors: { id: string; name: string }[];
  children: { id: string; name: string }[];
  related: { id: string; name: string; credit: number }[];
}

const ref = (s: Skill) => ({ id: s.id, name: s.name });

export function skillReport(taxonomy: Taxonomy, skill: Skill): SkillReport {
  return {
    id: skill.id,
    name: skill.name,
    category: skill.category,
    type: skill.type,
    aliases: skill.aliases,
    ambiguous: skill.ambiguous,
    hot: skill.hot === true,
    inDemand: skill.inDemand === true,
    sources: skill.sources,
    parents: taxonomy.parentsOf(skill.id).map(ref),
    ancestors: taxonomy.ancestorsOf(skill.id).map(ref),
    children: taxonomy.childrenOf(skill.id).map(ref),
    related: skill.related.flatMap((r) => {
      const other = taxonomy.get(r.id);
      return other ? [{ id: other.id, name: other.name, credit: r.credit }] : [];
    }),
  };
}

/** Up to five skills whose spellings start like the term, for a helpful "not found". */
function suggestions(taxonomy: Taxonomy, term: string): string[] {
  const key = normalizeKey(term);
  if (key.length < 2) return [];
  const names = new Set<string>();
  for (const [spelling, id] of taxonomy.spellings()) {
    if (!spelling.startsWith(key)) continue;
    const skill = taxonomy.get(id);
    if (skill && skill.extractable !== false) names.add(skill.name);
    if (names.size >= 5) break;
  }
  return [...names];
}

export function formatSkillReport(r: SkillReport): string {
  const list = (xs: { name: string }[]) => (xs.length ? xs.map((x) => x.name).join(", ") : "-");
  const lines = [
    `${r.name}  (id: ${r.id})`,
    `  category: ${r.category}, type: ${r.type}${r.ambiguous ? ", ambiguous name (needs context)" : ""}${r.hot ? ", O*NET hot technology" : ""}${r.inDemand ? ", in demand" : ""}`,
    `  aliases:  ${r.aliases.length ? r.aliases.join(", ") : "-"}`,
    `  parents:  ${list(r.parents)}`,
    `  children: ${list(r.children)}`,
    `  related:  ${r.related.length ? r.related.map((x) => `${x.name} (${x.credit})`).join(", ") : "-"}`,
    `  sources:  ${r.sources.join(", ")}`,
  ];
  return `${lines.join("\n")}\n`;
}

export function runTaxonomyLookup(
  term: string,
  opts: { json?: boolean },
  ctx: Pick<CliContext, "stdout">,
): SkillReport {
  const taxonomy = getTaxonomy();
  const skill = taxonomy.lookup(term);
  if (!skill) {
    const near = suggestions(taxonomy, term);
    throw new CareerCraftError(
      "not_found",
      `No skill in the taxonomy matches "${term}".${near.length ? ` Did you mean: ${near.join(", ")}?` : ""}`,
    );
  }
  const report = skillReport(taxonomy, skill);
  ctx.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatSkillReport(report));
  return report;
}

/** The chat's "whats ADDIE?" answer's facts, through the same skills service (tools/skills/term-lookup.ts). */
export function runTermLookup(
  term: string,
  opts: { json?: boolean; gaps?: string },
  ctx: Pick<CliContext, "stdout">,
): TermLookup {
  const gaps = (opts.gaps ?? "")
    .split(",")
    .map((g) => g.trim())
    .filter(Boolean);
  const found = lookUpTerm(term, gaps);
  if (!found)
    throw new CareerCraftError(
      "validation",
      `"${term}" names no term: give a skill or a name as written (ADDIE, SCORM, Epic).`,
    );
  const words = found.skill
    ? `${found.skill.name}: ${found.skill.kind}${found.skill.listedWith.length ? `, listed with ${found.skill.listedWith.join(", ")}` : ""}.`
    : `"${found.term}" is not in the skill data (O*NET / ESCO).`;
  ctx.stdout.write(
    opts.json
      ? `${JSON.stringify(found, null, 2)}\n`
      : `${words}${found.gap ? ` One of the gaps given.` : ""}\n`,
  );
  return found;
}

export function register(program: Command, ctx: CliContext): void {
  const taxonomy = program.command("taxonomy").description("Look things up in the skill taxonomy");
  taxonomy
    .command("term")
    .description(
      "What the skill data holds of a term (ADDIE, SCORM), and whether it is one of the gaps given",
    )
    .argument("<term>", "the term as written")
    .option("--gaps <names>", "gaps to check it against, comma-separated")
    .option("--json", "print JSON")
    .action((term: string, opts: { json?: boolean; gaps?: string }) => {
      try {
        runTermLookup(term, opts, ctx);
      } catch (error) {
        process.exitCode = reportCliError(error, ctx.stderr);
      }
    });
  taxonomy
    .command("lookup")
    .description("Show the canonical skill for a name or spelling (k8s, Postgres, NodeJS ...)")
    .argument("<term>", "a skill name, alias or abbreviation")
    .option("--json", "print JSON")
    .action((term: string, opts: { json?: boolean }) => {
      try {
        runTaxonomyLookup(term, opts, ctx);
      } catch (error) {
        process.exitCode = reportCliError(error, ctx.stderr);
      }
    });
}
