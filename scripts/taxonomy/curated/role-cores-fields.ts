/**
 * Core asks of common described titles outside software and data (see role-cores.ts for the
 * notation and why): business, sales and marketing, people, finance, care, teaching, law,
 * engineering and the trades. Where a field is tool-agnostic the ask is the work itself
 * (patient care, lesson planning) or a kind of tool (a CRM, accounting software).
 */
import {
  ACCOUNTING_SOFTWARE,
  BI_TOOL,
  CAD,
  CRM,
  OFFICE,
  PM_TOOL,
  type RoleCoreSource,
  SPREADSHEETS,
  WEB_ANALYTICS,
} from "./role-cores.ts";

const SAFETY = "health-and-safety-regulations";

export const FIELD_CORES: readonly RoleCoreSource[] = [
  {
    titles: ["product manager"],
    required: ["product-management", "agile", "stakeholder-management"],
    preferred: ["product-ownership", "ux-design", "sql", BI_TOOL],
  },
  {
    titles: ["project manager", "program manager"],
    required: ["project-management", PM_TOOL, "budgeting", "risk-management"],
    preferred: ["agile", "pmp", "stakeholder-management"],
  },
  {
    titles: ["it project manager"],
    required: ["project-management", PM_TOOL, "agile", "risk-management"],
    preferred: ["scrum", "budgeting", "pmp"],
  },
  {
    titles: ["scrum master"],
    required: ["scrum", "agile", PM_TOOL],
    preferred: ["kanban", "project-management"],
  },
  // No core for "operations manager": a general manager's title that runs whatever the
  // business does (O*NET 11-1021 asks no tool either). A core of operations knowledge made
  // coordinators whose titles say "operations" read as operations managers ahead of their
  // own field (dream roles: a project manager ranked operations first).
  {
    titles: ["supply chain manager"],
    required: ["supply-chain", "logistics", "procurement", "inventory-management"],
    preferred: ["erp", "vendor-management", "forecasting", SPREADSHEETS],
  },
  {
    titles: ["marketing manager"],
    required: ["marketing", "digital-marketing", "market-research", "brand-management"],
    preferred: [WEB_ANALYTICS, "budgeting", CRM, "content-marketing"],
  },
  {
    titles: ["digital marketing specialist"],
    required: ["digital-marketing", "seo", WEB_ANALYTICS, "social-media-marketing"],
    preferred: ["google-ads", "email-marketing", "content-marketing", "copywriting"],
  },
  {
    titles: ["marketing specialist", "marketing assistant"],
    required: ["marketing", "social-media-marketing", "content-marketing"],
    preferred: [WEB_ANALYTICS, "copywriting", "email-marketing", CRM],
  },
  {
    titles: ["social media manager"],
    required: ["social-media-marketing", "content-marketing", "copywriting"],
    preferred: ["social-media-tools", WEB_ANALYTICS, "canva"],
  },
  {
    titles: ["content manager", "content writer"],
    required: ["copywriting", "content-marketing", "cms"],
    preferred: ["seo", WEB_ANALYTICS, "social-media-marketing"],
  },
  {
    // Said with the segment or the channel ("enterprise account executive", "inside sales
    // representative") the finder reads the same occupations, whose O*NET technology lists are
    // CRM and office software only (trial14 §3): the same sales core.
    titles: [
      "sales representative",
      "account executive",
      "business development representative",
      "enterprise account executive",
      "inside sales representative",
      "sales development representative",
    ],
    required: ["sales", CRM, "lead-generation", "negotiation"],
    preferred: ["account-management", "telemarketing"],
  },
  {
    titles: ["account manager"],
    required: ["account-management", "sales", CRM],
    preferred: ["negotiation", "customer-service"],
  },
  {
    titles: ["sales manager", "sales director", "regional sales manager", "area sales manager"],
    required: ["sales", "sales-analysis", CRM, "leadership"],
    preferred: ["forecasting", "budgeting", "negotiation", "account-management"],
  },
  {
    titles: ["sales associate", "sales assistant"],
    required: ["customer-service", "sales", "retail"],
    preferred: ["inventory-management"],
  },
  {
    titles: ["customer success manager", "client success manager"],
    required: ["account-management", "customer-service", CRM],
    preferred: ["sales", "data-analysis"],
  },
  {
    titles: [
      "customer service representative",
      "customer support specialist",
      "customer service",
      "call center agent",
    ],
    required: ["customer-service", "communication", CRM],
    preferred: ["data-entry", OFFICE],
  },
  {
    titles: ["hr manager"],
    required: ["human-resources", "recruiting", "legal", "leadership"],
    preferred: ["payroll", "workday"],
  },
  {
    titles: ["recruiter", "hr specialist", "hr consultant"],
    required: ["recruiting", "human-resources"],
    preferred: ["legal", "workday", OFFICE],
  },
  {
    titles: ["accountant"],
    required: ["accounting", "gaap | ifrs", "financial-reporting", SPREADSHEETS],
    preferred: [ACCOUNTING_SOFTWARE, "taxation", "account-reconciliation", "month-end-close"],
  },
  {
    titles: ["bookkeeper"],
    required: ["accounting", "accounts-payable", "accounts-receivable", ACCOUNTING_SOFTWARE],
    preferred: ["account-reconciliation", "payroll", SPREADSHEETS],
  },
  {
    titles: ["auditor"],
    required: ["auditing", "accounting", "gaap | ifrs", SPREADSHEETS],
    preferred: ["risk-management", "taxation"],
  },
  {
    titles: ["financial analyst"],
    required: ["financial-analysis", "forecasting", "budgeting", SPREADSHEETS],
    preferred: ["valuation", BI_TOOL, "sql", "erp"],
  },
  {
    titles: ["financial controller"],
    required: ["accounting", "financial-reporting", "budgeting", "gaap | ifrs"],
    preferred: ["erp", "auditing", "taxation"],
  },
  {
    titles: ["registered nurse", "nurse"],
    required: ["nursing", "patient-care", "infection-control"],
    preferred: ["ehr", "bls"],
  },
  {
    titles: ["medical assistant"],
    required: ["patient-care", "ehr", "medical-coding"],
    preferred: ["bls", "administrative-support"],
  },
  {
    titles: ["teacher"],
    required: ["teaching", "lesson-planning", "classroom-management", "student-assessment"],
    preferred: ["special-education", "learning platform = elearning: google-classroom | canvas-lms"],
  },
  {
    titles: ["special education teacher"],
    required: ["special-education", "lesson-planning", "classroom-management", "student-assessment"],
    preferred: ["teaching"],
  },
  {
    titles: ["tutor"],
    required: ["teaching", "lesson-planning"],
    preferred: ["student-assessment"],
  },
  {
    titles: ["lawyer", "attorney", "legal advisor"],
    required: ["legal", "legal research service = legal: thomson-reuters-westlaw | lexisnexis"],
    preferred: [],
  },
  {
    titles: ["paralegal", "legal assistant"],
    required: ["legal", OFFICE],
    preferred: ["legal research service = legal: thomson-reuters-westlaw | lexisnexis"],
  },
  {
    titles: ["executive assistant", "administrative assistant", "office assistant"],
    required: ["administrative-support", OFFICE],
    preferred: ["data-entry", "typing"],
  },
  {
    titles: ["data entry operator"],
    required: ["data-entry", "typing", SPREADSHEETS],
    preferred: ["microsoft-office"],
  },
  {
    titles: ["editor"],
    required: ["editing", "copywriting", "writing-style-guides"],
    preferred: ["cms", "journalism"],
  },
  {
    titles: ["civil engineer"],
    required: ["civil-engineering", CAD, "technical-drawings"],
    preferred: ["project-management", "revit", "matlab"],
  },
  {
    titles: ["mechanical engineer"],
    required: ["mechanical-engineering", CAD, "technical-drawings"],
    preferred: ["finite-element-analysis-fea", "matlab"],
  },
  {
    titles: ["electrical engineer"],
    required: ["electrical-engineering", "circuit-diagrams", CAD],
    preferred: ["matlab", "programmable-logic-controller-plc"],
  },
  {
    titles: ["electrician"],
    required: ["electrical-wiring-plans", "electrical-testing-methods", "technical-drawings", SAFETY],
    preferred: ["electricity-principles", "programmable-logic-controller-plc"],
  },
  {
    titles: ["plumber"],
    required: ["plumbing-tools", "technical-drawings", SAFETY],
    preferred: [],
  },
  {
    titles: ["carpenter"],
    required: ["carpentry", "technical-drawings", SAFETY],
    preferred: [],
  },
  {
    titles: ["welder"],
    required: ["welding-techniques", "technical-drawings", SAFETY],
    preferred: [],
  },
  {
    titles: ["automotive technician", "auto mechanic"],
    required: ["automotive-diagnostic-equipment", SAFETY],
    preferred: ["automotive-engineering"],
  },
  {
    titles: ["personal trainer", "fitness instructor"],
    required: ["exercise-physiology", "exercise-routine-creation"],
    preferred: ["nutrition", "bls"],
  },
];
