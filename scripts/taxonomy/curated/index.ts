/** Every hand-curated block, in the order the build adds them (earlier owns a spelling). */
import { type CuratedSkill, parseCurated } from "../curated-format.ts";
import { BUSINESS } from "./business.ts";
import { DATA_CLOUD } from "./data-cloud.ts";
import { ENGINEERING } from "./engineering.ts";
import { FRAMEWORKS } from "./frameworks.ts";
import { LANGUAGES } from "./languages.ts";
import { MORE_TOOLS } from "./more-tools.ts";
import { PEOPLE } from "./people.ts";
import { PRODUCTS } from "./products.ts";

export function curatedSkills(): CuratedSkill[] {
  return [
    ...parseCurated(LANGUAGES, "languages.ts"),
    ...parseCurated(FRAMEWORKS, "frameworks.ts"),
    ...parseCurated(DATA_CLOUD, "data-cloud.ts"),
    ...parseCurated(ENGINEERING, "engineering.ts"),
    ...parseCurated(BUSINESS, "business.ts"),
    ...parseCurated(PEOPLE, "people.ts"),
    ...parseCurated(MORE_TOOLS, "more-tools.ts"),
    ...parseCurated(PRODUCTS, "products.ts"),
  ];
}
