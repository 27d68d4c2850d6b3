/**
 * A suite ask met by the suite's own products (issue 13, design field): "Expert in Adobe Creative
 * Suite" was a must-have not found for a graphic designer who used Photoshop, Illustrator and
 * InDesign every day — the taxonomy files those under graphic design, not under the suite, and
 * UNFIT followed. A suite is its maker's products of its kind, and the data says which they
 * are: O*NET files the suite and each product under a commodity class (data/roles/kind-members),
 * and the product carries the suite's maker name ("Adobe Photoshop" beside "Adobe Creative
 * Cloud software", both Graphics or photo imaging software). A product of the same maker in
 * another class (Adobe Acrobat, document management) is not the suite; nor is another maker's
 * tool of the class (CorelDRAW), which the taxonomy's related credit may still speak for.
 * Only an ask that calls itself a suite (its name or another of its names) is widened so: a
 * plain product ask ("Adobe Illustrator") is not met by a sibling product.
 */
import { kindsOfTool } from "../../data/roles/kind-members.ts";
import type { SkillGraph } from "./skill-graph.ts";

/** The ask names a bundle of products (a fixed word of product names, not a learned reading). */
const SUITE = /\bsuites?\b/i;

/** The maker's name: the first word of a product name of two or more words. */
const makerOf = (name: string) => (/\s/.test(name.trim()) ? name.trim().split(/\s+/)[0]!.toLowerCase() : "");

function isSuite(graph: SkillGraph, id: string): boolean {
  const node = graph.get(id);
  return !!node && node.category === "tool" && [node.name, ...node.aliases].some((n) => SUITE.test(n));
}

/** "child" when the held tool is a product of the asked suite (same maker, a kind O*NET files both under). */
export function suiteMemberVia(graph: SkillGraph, askedId: string, heldId: string): "child" | undefined {
  if (askedId === heldId || !isSuite(graph, askedId)) return undefined;
  const suite = graph.get(askedId)!;
  const held = graph.get(heldId);
  if (!held || held.category !== "tool" || isSuite(graph, heldId)) return undefined;
  const maker = makerOf(suite.name);
  if (!maker || makerOf(held.name) !== maker) return undefined;
  const kinds = new Set(kindsOfTool(askedId));
  return kindsOfTool(heldId).some((k) => kinds.has(k)) ? "child" : undefined;
}
