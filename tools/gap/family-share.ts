/**
 * "Microsoft Office (Word, Excel, Outlook, PowerPoint)" is one ask: the suite, or a fair share
 * of its products. A person who shows the suite itself or at least half the products named
 * meets it in full; one product of four is most of the way (a recruiter reads "Excel daily"
 * as Office use), so it keeps most of its credit rather than all of it.
 */
import type { UserSkill } from "../../contract/profile.ts";

/** Credit kept by one product of the family alone, before the share rises to half of them. */
const ONE_PRODUCT_FLOOR = 0.75;

/**
 * The factor on a product's credit: the share of the named products the person holds, full at
 * half of them. `ids` is the family first, then its products.
 */
export function familyShare(ids: readonly string[], askedId: string, skills: readonly UserSkill[]): number {
  if (askedId === ids[0]) return 1;
  const products = ids.slice(1);
  if (products.length === 0) return 1;
  const held = new Set(skills.map((s) => s.skillId));
  const shown = products.filter((id) => held.has(id)).length;
  const full = Math.ceil(products.length / 2);
  return Math.min(1, ONE_PRODUCT_FLOOR + (1 - ONE_PRODUCT_FLOOR) * (shown / full));
}
