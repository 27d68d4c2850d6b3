/**
 * Roles the shipped bank covers, with the words people use for them so `--role frontend`
 * or "questions for a nurse" find the right slug.
 */
export interface RoleInfo {
  id: string;
  name: string;
  aliases: string[];
}

/**
 * The bank's field-neutral behavioural set (bank/general.yaml): for a role the bank has no set
 * of its own. Not a role a person names, so not in ROLES.
 */
export const GENERAL_ROLE = "general";

export const ROLES: RoleInfo[] = [
  {
    id: "software-engineer",
    name: "Software engineer",
    aliases: ["swe", "software developer", "programmer", "developer"],
  },
  {
    id: "frontend-engineer",
    name: "Frontend engineer",
    aliases: ["frontend", "front-end", "front end", "ui engineer", "web developer"],
  },
  {
    id: "backend-engineer",
    name: "Backend engineer",
    aliases: ["backend", "back-end", "back end", "api developer"],
  },
  {
    id: "full-stack-engineer",
    name: "Full-stack engineer",
    aliases: ["full stack", "full-stack", "fullstack"],
  },
  { id: "data-scientist", name: "Data scientist", aliases: ["data science", "ds"] },
  {
    id: "data-analyst",
    name: "Data analyst",
    aliases: ["analyst", "business analyst", "bi analyst", "data analytics"],
  },
  { id: "data-engineer", name: "Data engineer", aliases: ["data engineering", "etl developer"] },
  {
    id: "ml-engineer",
    name: "Machine learning engineer",
    aliases: ["ml engineer", "machine learning", "mle", "ai engineer"],
  },
  {
    id: "devops-sre",
    name: "DevOps / SRE",
    aliases: ["devops", "sre", "site reliability", "platform engineer", "infrastructure"],
  },
  {
    id: "security-engineer",
    name: "Security engineer",
    aliases: ["security", "cybersecurity", "appsec", "infosec"],
  },
  {
    id: "product-manager",
    name: "Product manager",
    aliases: ["pm", "product", "product management", "product owner"],
  },
  {
    id: "ux-designer",
    name: "UX designer",
    // "User Experience Designer" is how the role finder names the target a person calls "UX designer".
    aliases: [
      "ux",
      "ui/ux",
      "designer",
      "product designer",
      "ux research",
      "ux researcher",
      "user experience",
      "user research",
      "user researcher",
      "interaction designer",
      "ui designer",
    ],
  },
  {
    id: "project-manager",
    name: "Project manager",
    aliases: ["project management", "scrum master", "program manager", "delivery manager"],
  },
  {
    id: "marketing",
    name: "Marketing",
    aliases: ["marketer", "marketing manager", "digital marketing", "growth"],
  },
  { id: "sales", name: "Sales", aliases: ["account executive", "sdr", "bdr", "sales representative"] },
  {
    id: "customer-success",
    name: "Customer success",
    aliases: [
      "customer success",
      "customer success manager",
      "customer success specialist",
      "csm",
      "client success",
      "client success manager",
      "onboarding specialist",
      "renewals manager",
    ],
  },
  {
    id: "accounting-finance",
    name: "Accounting / finance",
    aliases: ["accountant", "accounting", "finance", "financial analyst", "cpa"],
  },
  { id: "nursing", name: "Nursing", aliases: ["nurse", "registered nurse", "rn", "clinical"] },
  {
    id: "clinical-research",
    name: "Clinical research",
    aliases: [
      "clinical research",
      "clinical research coordinator",
      "clinical research associate",
      "clinical trials",
      "clinical trial",
      "cra",
      "crc",
      "study coordinator",
      "clinical trial assistant",
      "research nurse",
    ],
  },
  { id: "teaching", name: "Teaching", aliases: ["teacher", "educator", "instructor", "tutor"] },
  // Families a person moves into from another job (trial 2026-12-06 F13): a single word that is
  // also another field's (a *data* warehouse, software *quality assurance*) is left out; the
  // titles people use are spelled out instead.
  {
    id: "logistics-supply-chain",
    name: "Logistics & supply chain",
    aliases: [
      "logistics",
      "supply chain",
      "logistics coordinator",
      "logistics specialist",
      "logistics manager",
      "supply chain analyst",
      "supply planner",
      "demand planner",
      "warehouse lead",
      "warehouse associate",
      "warehouse operative",
      "warehouse worker",
      "warehouse supervisor",
      "warehouse manager",
      "inventory controller",
      "inventory specialist",
      "dispatcher",
      "procurement",
      "purchasing",
      "freight",
      "shipping coordinator",
      "fulfillment",
    ],
  },
  {
    id: "trades-manufacturing-quality",
    name: "Skilled trades & manufacturing quality",
    aliases: [
      "machinist",
      "cnc machinist",
      "cnc operator",
      "quality inspector",
      "quality control",
      "quality control inspector",
      "quality technician",
      "qc inspector",
      "inspector",
      "electrician",
      "maintenance technician",
      "industrial maintenance",
      "welder",
      "millwright",
      "toolmaker",
      "tool and die",
      "manufacturing",
      "skilled trades",
      "production technician",
      "production worker",
      "assembler",
    ],
  },
  {
    id: "administrative-office",
    name: "Administrative & office support",
    aliases: [
      "administrative",
      "administrative assistant",
      "admin assistant",
      "administrative coordinator",
      "office administrator",
      "office manager",
      "office assistant",
      "office support",
      "executive assistant",
      "personal assistant",
      "receptionist",
      "front desk",
      "secretary",
      "clerk",
      "data entry",
    ],
  },
  {
    id: "human-resources",
    name: "Human resources",
    aliases: [
      "hr",
      "human resources",
      "hr business partner",
      "hrbp",
      "hr generalist",
      "hr coordinator",
      "hr manager",
      "hr specialist",
      "people operations",
      "people partner",
      "recruiter",
      "recruiting",
      "talent acquisition",
    ],
  },
  {
    id: "customer-support",
    name: "Customer support",
    aliases: [
      "customer support",
      "customer service",
      "customer service representative",
      "customer support specialist",
      "support agent",
      "support specialist",
      "csr",
      "call center",
      "call centre",
      "contact center",
      "help desk",
      "helpdesk",
      "customer success",
      "customer care",
    ],
  },
  {
    id: "instructional-design",
    name: "Instructional design",
    aliases: [
      "instructional design",
      "instructional designer",
      "learning designer",
      "learning experience designer",
      "e-learning developer",
      "elearning developer",
      "learning and development",
      "l&d",
      "training specialist",
      "training coordinator",
      "curriculum designer",
      "curriculum developer",
    ],
  },
  {
    id: "health-informatics",
    name: "Health informatics",
    aliases: [
      "health informatics",
      "clinical informatics",
      "informatics",
      "nursing informatics",
      "informatics nurse",
      "nurse informaticist",
      "ehr analyst",
      "emr analyst",
      "epic analyst",
      "clinical analyst",
      "clinical systems analyst",
      "health information",
      "health data analyst",
    ],
  },
  {
    id: "retail-banking-front-line",
    name: "Retail & banking front line",
    aliases: [
      "retail",
      "retail associate",
      "retail sales",
      "sales associate",
      "store associate",
      "shop assistant",
      "store supervisor",
      "store manager",
      "cashier",
      "teller",
      "bank teller",
      "personal banker",
      "branch associate",
    ],
  },
];

const byWord = new Map<string, string>();
for (const role of ROLES) {
  for (const w of [role.id, role.name, ...role.aliases]) byWord.set(w.toLowerCase(), role.id);
}

/** The role slug for a name or alias, or undefined; unknown slugs of imported banks pass through. */
export function resolveRole(text: string): string | undefined {
  return byWord.get(text.trim().toLowerCase());
}
