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
    id: "accounting-finance",
    name: "Accounting / finance",
    aliases: ["accountant", "accounting", "finance", "financial analyst", "cpa"],
  },
  { id: "nursing", name: "Nursing", aliases: ["nurse", "registered nurse", "rn", "clinical"] },
  { id: "teaching", name: "Teaching", aliases: ["teacher", "educator", "instructor", "tutor"] },
];

const byWord = new Map<string, string>();
for (const role of ROLES) {
  for (const w of [role.id, role.name, ...role.aliases]) byWord.set(w.toLowerCase(), role.id);
}

/** The role slug for a name or alias, or undefined; unknown slugs of imported banks pass through. */
export function resolveRole(text: string): string | undefined {
  return byWord.get(text.trim().toLowerCase());
}
