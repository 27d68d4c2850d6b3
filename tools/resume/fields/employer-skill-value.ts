/**
 * An employer value that is a field of work, not an organisation ("Marketing", "Urology",
 * "Consulting"): the parse cuts these from a job's line where the department or specialty stood
 * beside the title. On the training resumes they were a kind of false employer no labelled
 * resume counts. The taxonomy knows the whole value as a general field. A product name stays an
 * employer: "Oracle", "Cisco", "Salesforce" are companies too, and "SAP Ariba" or "Dell EMC"
 * (a vendor, then a product the taxonomy knows) are labelled employers.
 */
import { getTaxonomy } from "../../../data/taxonomy/index.ts";

const FIELD_CATEGORIES = new Set(["concept", "domain_knowledge"]);

export function namesSkillNotEmployer(company: string): boolean {
  const whole = getTaxonomy().lookup(company);
  return !!whole && whole.extractable !== false && FIELD_CATEGORIES.has(whole.category);
}
