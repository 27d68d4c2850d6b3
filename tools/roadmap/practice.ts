/**
 * A practice task that proves a skill and a checkpoint to know it is learnt, by category and
 * target level (a catalog entry may carry a better task of its own).
 */

import type { Proficiency } from "../../contract/profile.ts";
import type { SkillCategory } from "../../data/taxonomy/types.ts";

const TASKS: Record<SkillCategory, string> = {
  programming_language:
    "Write a small command-line tool in {skill} that reads a file, transforms it and prints a summary, with unit tests; publish it on GitHub.",
  framework_library:
    "Build a small app with {skill} (a to-do list, a dashboard or an API with two endpoints) and publish it with a README.",
  database:
    "Design a schema for a small shop (customers, orders, products) in {skill}, load sample data and write five reporting queries.",
  cloud_platform:
    "Deploy a small web app on {skill}'s free tier and write down which services you used and why.",
  // Tools belong to every field (HubSpot, AutoCAD, Epic, Jira): the task names work of any kind.
  tool: "Do one real piece of work end to end in {skill} (a report, a campaign, a drawing, a project plan) and write down the steps so you could repeat them.",
  methodology:
    "Run a week of your own work with {skill} practices and write a short retrospective of what changed.",
  soft_skill:
    "Find a real situation this week to practise {skill} (a presentation, a review, a hard conversation) and note what worked.",
  domain_knowledge:
    "Write a one-page brief on {skill}: key terms, the main processes, and where software supports them.",
  spoken_language:
    "Hold a 15-minute conversation or write a one-page text in {skill} and get feedback on it.",
  certification: "Take a full practice exam for {skill} and review every wrong answer.",
  concept: "Build a small project that applies {skill} and explain your design choices in its README.",
};

/** Skills whose category default would read wrong (CSS is filed as a language, but it is no CLI tool). */
const SKILL_TASKS: Record<string, string> = {
  html: "Build a three-page personal site in semantic HTML that passes the W3C validator and an accessibility check.",
  css: "Style a responsive landing page with CSS (flexbox and grid) that works on a phone and a desktop.",
  sass: "Refactor a stylesheet into Sass partials with variables and mixins.",
  sql: "Answer ten business questions on a sample database with SQL (joins, grouping, window functions).",
  xml: "Write an XML document with a schema (XSD) and validate it.",
  json: "Design a JSON format for an API response, with a JSON Schema, and validate examples against it.",
  yaml: "Write the configuration of a CI pipeline or a Docker Compose file in YAML.",
  git: "Contribute a pull request to an open-source project, with a clean branch history.",
  docker: "Containerise one of your apps with a Dockerfile and docker compose, and document how to run it.",
  kubernetes:
    "Deploy a two-service app to a local cluster (kind or minikube) with a Deployment, a Service and a ConfigMap.",
  linux: "Administer a Linux VM from the shell: users, permissions, services, logs and a cron job.",
  excel: "Build a workbook that cleans a raw data export and summarises it with a pivot table and a chart.",
};

/**
 * Tasks by the kind of tool (the taxonomy's parent): a tool with no task of its own gets its
 * kind's, so a teacher learning Camtasia records a screencast instead of "a report, a campaign,
 * a drawing, a project plan" (a new user's trial, issue 12).
 */
const OFFICE_WORK =
  "Produce one real piece of office work in {skill} (a formatted report, a slide deck or a shared tracker) and ask someone for feedback on it.";
const KIND_TASKS: Record<string, string> = {
  "video-production":
    "Record and edit a 3-minute screencast or explainer video in {skill}: cuts, captions, a title card and background audio, exported for the web.",
  crm: "Set up a sales pipeline in a {skill} trial or sandbox: 20 sample contacts, deal stages, one automated follow-up and a pipeline report.",
  "graphic-design":
    "Design a one-page flyer and a social media post for a made-up event in {skill}, with one type and colour system, exported for print and web.",
  "ui-design":
    "Design and prototype a three-screen mobile sign-up flow in {skill} with reusable components, and test it with two people.",
  "project-management-tools":
    "Plan a real or sample project in {skill}: tasks with owners and dates, dependencies, a milestone and a status view you could share.",
  "business-intelligence":
    "Build a one-page dashboard in {skill} from a public dataset: three charts, one filter and a short note on what it shows.",
  "web-analytics":
    "Set up {skill} on a small site or a demo account and build a report of traffic sources, top pages and one conversion.",
  cms: "Build a small site in {skill} with three pages, a menu, a content type of your own and a contact form.",
  ehr: "Work through {skill}'s training environment: register a sample patient, document a visit and place an order, noting each screen you used.",
  erp: "Follow one order end to end in a {skill} demo or training system (customer, sales order, delivery, invoice) and write down each step.",
  elearning:
    "Build a 10-minute lesson in {skill} with a quiz and feedback, and publish it to a test learner.",
  "microsoft-office": OFFICE_WORK,
  "google-workspace": OFFICE_WORK,
  "office-tools": OFFICE_WORK,
  cad: "Model a simple real object (a bracket, a shelf, a floor plan) in {skill} with dimensions, and produce a drawing sheet from it.",
  "seo-tools":
    "Audit a small website with {skill}: find five problems (broken links, missing titles, slow pages), rank them and write the fix for each.",
  "social-media-tools":
    "Schedule two weeks of posts for a real or made-up brand in {skill} and report which posts did best and why.",
  "collaboration-tools":
    "Run a small team project in {skill} for a week: a channel or space, a shared file, a meeting, and notes of what was decided.",
};

const CHECKPOINTS: Record<Proficiency, string> = {
  beginner: "You can do the basic exercises of {skill} without looking at the solution.",
  intermediate:
    "You can build the practice task in {skill} without following a tutorial, and explain each part.",
  advanced:
    "You can explain the trade-offs in {skill}, debug an unfamiliar problem and review someone else's work.",
  expert: "You can teach {skill}: write a short guide or give a talk that others learn from.",
};

export function practiceTask(
  skillId: string,
  skill: string,
  category: SkillCategory | undefined,
  override?: string,
  parents: readonly string[] = [],
): string {
  const ofKind = parents.map((p) => KIND_TASKS[p]).find(Boolean);
  return (override ?? SKILL_TASKS[skillId] ?? ofKind ?? TASKS[category ?? "concept"]).replaceAll(
    "{skill}",
    skill,
  );
}

export function checkpointFor(skill: string, level: Proficiency): string {
  return CHECKPOINTS[level].replaceAll("{skill}", skill);
}
