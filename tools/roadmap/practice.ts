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
): string {
  return (override ?? SKILL_TASKS[skillId] ?? TASKS[category ?? "concept"]).replaceAll("{skill}", skill);
}

export function checkpointFor(skill: string, level: Proficiency): string {
  return CHECKPOINTS[level].replaceAll("{skill}", skill);
}
