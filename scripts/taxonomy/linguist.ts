/**
 * GitHub Linguist -> taxonomy. Linguist knows ~500 programming and markup languages,
 * many named with ordinary words ("Pure", "Red", "Self", "Ring"), so languages we did not
 * curate are kept for lookup only; curated ones gain Linguist's distinctive aliases.
 */
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import type { TaxonomyBuilder } from "./builder.ts";
import type { LinguistLanguage } from "./sources.ts";

export function mergeLinguist(
  builder: TaxonomyBuilder,
  languages: LinguistLanguage[],
  common: Set<string>,
): void {
  for (const lang of languages) {
    if (lang.type !== "programming" && lang.type !== "markup") continue;
    const owner = builder.ownerOf(lang.name);
    // Linguist aliases are file-type names ("inc" for PHP, "sh"); only long, unusual ones are spellings people write.
    const distinctive = lang.aliases.filter((a) => a.length >= 5 && !common.has(normalizeKey(a)));
    if (owner) {
      builder.addSource(owner, "linguist");
      if (owner.sources.includes("curated")) for (const a of distinctive) builder.addAlias(owner, a);
      continue;
    }
    builder.add({
      name: lang.name,
      aliases: distinctive,
      category: "programming_language",
      type: "technical",
      extractable: false,
      source: "linguist",
    });
  }
}
