/**
 * "EHR (Epic)", "CRM (Salesforce)": a kind of tool with the product the person uses in
 * brackets. The product is the skill to keep: it is a child of the kind, so it still meets an
 * ask for the kind, and it also meets an ask that names the product ("Medical software (such as
 * MEDITECH, Epic)"). "EHR (Epic)" was saved as Electronic Health Records alone and the nurse
 * who uses Epic daily was planned seven weeks of MEDITECH (a new user's trial, issue 13, F1.3).
 */
import type { Skill } from "../../data/taxonomy/types.ts";

export function namedProduct(name: string, lookup: (term: string) => Skill | undefined): Skill | undefined {
  const m = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(name.trim());
  if (!m) return undefined;
  const kind = lookup(m[1]!);
  const product = lookup(m[2]!);
  return kind && product && product.id !== kind.id && product.parents.includes(kind.id) ? product : undefined;
}
