/**
 * A kind ask met by any member of the kind (issue 13, the outside split's hidden fits): "an
 * object-oriented language" is met by C# or Java shown in work. The taxonomy's children already
 * meet their parent ("child" in match.ts); this adds the members O*NET files under a kind the
 * taxonomy lists nothing under (data/taxonomy/category-members.ts). Only the members themselves:
 * a library of a member language (Jupyter under Python) says little about the kind.
 */
import { categoryMembers } from "../../data/taxonomy/category-members.ts";

export function categoryMemberVia(askedId: string, heldId: string): "child" | undefined {
  return categoryMembers(askedId).has(heldId) ? "child" : undefined;
}
