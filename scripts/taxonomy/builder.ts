/**
 * Collects skills from every source into one id space. The alias index decides who owns
 * a spelling: the first claimant wins, and sources are added in trust order (curated,
 * O*NET, Linguist, ESCO), so a hand-written alias is never taken by a derived one.
 */
import { normalizeKey, slugify } from "../../data/taxonomy/normalize.ts";
import type { Skill, SkillCategory, SkillType } from "../../data/taxonomy/types.ts";

export interface NewSkill {
  id?: string;
  name: string;
  aliases?: string[];
  category: SkillCategory;
  type: SkillType;
  parents?: string[];
  related?: { id: string; credit: number }[];
  ambiguousNames?: string[];
  extractable?: boolean;
  hot?: boolean;
  inDemand?: boolean;
  source: string;
}

export class TaxonomyBuilder {
  readonly skills = new Map<string, Skill>();
  /** normalised key -> owning skill id */
  readonly keyOwner = new Map<string, string>();
  readonly warnings: string[] = [];

  ownerOf(term: string): Skill | undefined {
    const id = this.keyOwner.get(normalizeKey(term));
    return id ? this.skills.get(id) : undefined;
  }

  add(input: NewSkill): Skill {
    let id = input.id ?? slugify(input.name);
    if (!id) throw new Error(`no id for skill ${input.name}`);
    if (this.skills.has(id)) {
      if (input.id) throw new Error(`duplicate curated id ${id}`);
      let n = 2;
      while (this.skills.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    const skill: Skill = {
      id,
      name: input.name,
      aliases: [],
      category: input.category,
      type: input.type,
      parents: [...(input.parents ?? [])],
      children: [],
      related: [...(input.related ?? [])],
      ambiguous: (input.ambiguousNames?.length ?? 0) > 0,
      sources: [input.source],
    };
    if (input.ambiguousNames?.length)
      skill.ambiguousKeys = [...new Set(input.ambiguousNames.map(normalizeKey))];
    if (input.extractable === false) skill.extractable = false;
    if (input.hot) skill.hot = true;
    if (input.inDemand) skill.inDemand = true;
    this.skills.set(id, skill);
    this.claim(skill, input.name, true);
    for (const alias of input.aliases ?? []) this.addAlias(skill, alias);
    return skill;
  }

  /** Adds a spelling unless another skill already owns it. Returns whether it was added. */
  addAlias(skill: Skill, alias: string): boolean {
    if (!this.claim(skill, alias, false)) return false;
    const lower = alias.toLowerCase();
    if (lower !== skill.name.toLowerCase() && !skill.aliases.some((a) => a.toLowerCase() === lower))
      skill.aliases.push(alias);
    return true;
  }

  addSource(skill: Skill, source: string): void {
    if (!skill.sources.includes(source)) skill.sources.push(source);
  }

  private claim(skill: Skill, term: string, isName: boolean): boolean {
    const key = normalizeKey(term);
    if (key.length === 0) return false;
    const owner = this.keyOwner.get(key);
    if (owner && owner !== skill.id) {
      if (isName) this.warnings.push(`name "${term}" of ${skill.id} already belongs to ${owner}`);
      return false;
    }
    this.keyOwner.set(key, skill.id);
    return true;
  }

  /** Children from parents, symmetric related credit, and a check that every id exists. */
  finish(): Skill[] {
    for (const skill of this.skills.values()) {
      skill.parents = skill.parents.filter((p) => {
        if (this.skills.has(p)) return true;
        throw new Error(`skill ${skill.id} names unknown parent ${p}`);
      });
      for (const p of skill.parents) {
        const parent = this.skills.get(p)!;
        if (!parent.children.includes(skill.id)) parent.children.push(skill.id);
      }
    }
    for (const skill of this.skills.values()) {
      for (const rel of skill.related) {
        const other = this.skills.get(rel.id);
        if (!other) throw new Error(`skill ${skill.id} names unknown related ${rel.id}`);
        const back = other.related.find((r) => r.id === skill.id);
        if (!back) other.related.push({ id: skill.id, credit: rel.credit });
        else back.credit = Math.max(back.credit, rel.credit);
      }
    }
    this.assertNoCycles();
    return [...this.skills.values()];
  }

  private assertNoCycles(): void {
    const state = new Map<string, 1 | 2>();
    const visit = (id: string, trail: string[]) => {
      if (state.get(id) === 2) return;
      if (state.get(id) === 1) throw new Error(`parent cycle: ${[...trail, id].join(" -> ")}`);
      state.set(id, 1);
      for (const p of this.skills.get(id)!.parents) visit(p, [...trail, id]);
      state.set(id, 2);
    };
    for (const id of this.skills.keys()) visit(id, []);
  }
}
