/**
 * `npm run build:taxonomy`: derives data/taxonomy/taxonomy.json and data/roles/roles.json
 * from ../shared/data/taxonomies (O*NET 29.2, ESCO 1.1.1, GitHub Linguist) plus the
 * hand-curated layer in scripts/taxonomy/curated. Only this script needs ../shared; the
 * product reads the committed JSON files.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { asciiJson } from "../data/ascii-json.ts";
import { PLACE_NAMES } from "../tools/resume/fields/places.ts";
import { TaxonomyBuilder } from "./taxonomy/builder.ts";
import { curatedSkills } from "./taxonomy/curated/index.ts";
import { compile, compileLookupOnly } from "./taxonomy/emit.ts";
import { mergeEsco, vocabulary } from "./taxonomy/esco.ts";
import { mergeLinguist } from "./taxonomy/linguist.ts";
import { mergeOnet, onetExamples } from "./taxonomy/onet.ts";
import { frequencyRankedWords, ordinaryWordTest } from "./taxonomy/ordinary-words.ts";
import { writePhraseWords } from "./taxonomy/phrase-words.ts";
import { buildRoles } from "./taxonomy/roles.ts";
import { readCsv, readLinguist, readTsv, sourcePaths } from "./taxonomy/sources.ts";
import { markWordCased, proseWords } from "./taxonomy/word-cased.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data");
if (!existsSync(path.join(shared, "taxonomies"))) {
  console.error(`build-taxonomy: ${shared}/taxonomies not found; the build needs the shared reference data.`);
  process.exit(1);
}
const src = sourcePaths(shared);

const t0 = performance.now();
const builder = new TaxonomyBuilder();
for (const c of curatedSkills()) {
  builder.add({
    id: c.id,
    name: c.name,
    aliases: c.aliases,
    category: c.category,
    type: c.type,
    parents: c.parents,
    related: c.related,
    ambiguousNames: c.ambiguousNames,
    extractable: c.extractable,
    hot: c.hot,
    inDemand: c.inDemand,
    source: "curated",
  });
}

const escoSkills = readCsv(src.esco("skills_en_v1.1.1_labels.csv"));
const occupations = readTsv(src.onet("Occupation Data.txt"));
const common = vocabulary(
  escoSkills,
  occupations.map((o) => `${o.Title} ${o.Description}`),
);

const techRows = readTsv(src.onet("Technology Skills.txt"));
const isWordOrPlace = ordinaryWordTest(common, frequencyRankedWords(), PLACE_NAMES);
const exampleToSkill = mergeOnet(builder, onetExamples(techRows), common, isWordOrPlace);
mergeLinguist(builder, readLinguist(src.linguist), common);
mergeEsco(builder, {
  skills: escoSkills,
  transversal: readCsv(src.esco("transversalSkillsCollection_en.csv")),
  languages: readCsv(src.esco("languageSkillsCollection_en.csv")),
  ict: readCsv(src.esco("ictSkillsCollection_en.csv")),
});
const skills = builder.finish();
const wordCased = markWordCased(skills, proseWords(occupations.map((o) => o.Description)));

const builtFrom = ["curated", "O*NET 29.2", "ESCO v1.1.1", "GitHub Linguist languages.yml"];
const taxonomy = compile(skills, builder.keyOwner, builtFrom);
const taxonomyFile = path.join(root, "data/taxonomy/taxonomy.json");
// The extractor's phrase tables go to their own file so a lookup-only load parses less.
const { prefixes, phrases, phrasePrefixes, ...main } = taxonomy;
writeFileSync(taxonomyFile, `${asciiJson(main)}\n`);
const matcherFile = path.join(root, "data/taxonomy/matcher.json");
writeFileSync(matcherFile, `${asciiJson({ version: 1, prefixes, phrases, phrasePrefixes })}\n`);
const lookupOnlyFile = path.join(root, "data/taxonomy/esco-lookup.json");
writeFileSync(lookupOnlyFile, `${asciiJson(compileLookupOnly(skills, builder.keyOwner))}\n`);
writePhraseWords(
  matcherFile,
  taxonomyFile,
  lookupOnlyFile,
  path.join(root, "data/taxonomy/phrase-words.json"),
);

const roles = buildRoles({
  occupations,
  technology: techRows,
  alternateTitles: readTsv(src.onet("Alternate Titles.txt")),
  reportedTitles: readTsv(src.onet("Sample of Reported Titles.txt")),
  jobZones: readTsv(src.onet("Job Zones.txt")),
  jobZoneReference: readTsv(src.onet("Job Zone Reference.txt")),
  exampleToSkill,
  taxonomy: { ownerOf: (term) => builder.ownerOf(term), get: (id) => builder.skills.get(id) },
});
mkdirSync(path.join(root, "data/roles"), { recursive: true });
const rolesFile = path.join(root, "data/roles/roles.json");
writeFileSync(rolesFile, `${JSON.stringify(roles)}\n`);

const size = (f: string) => `${(statSync(f).size / 1024 / 1024).toFixed(2)} MB`;
const bySource = (s: string) => skills.filter((k) => k.sources.includes(s)).length;
console.log(
  [
    `taxonomy: ${skills.length} skills (curated ${bySource("curated")}, onet ${bySource("onet")}, ` +
      `linguist ${bySource("linguist")}, esco ${bySource("esco")}), ` +
      `${Object.keys(taxonomy.keys).length} spellings, ${size(taxonomyFile)} + matcher ${size(matcherFile)} + lookup-only ${size(lookupOnlyFile)}`,
    `word-cased names (lower case is a word): ${wordCased.map((s) => s.name).join(", ")}`,
    `roles: ${roles.roles.length} occupations, ${size(rolesFile)}`,
    `warnings: ${builder.warnings.length}${builder.warnings.length ? `\n  ${builder.warnings.slice(0, 30).join("\n  ")}` : ""}`,
    `built in ${Math.round(performance.now() - t0)} ms`,
  ].join("\n"),
);
