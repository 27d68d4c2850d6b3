/**
 * Skill taxonomy and extraction speed: cold taxonomy load (parse + index of the shipped
 * JSON), load plus the first extraction (which also reads the matcher tables), and
 * extraction on a two-page resume text and on a chat-sized message, warm.
 */
import { statSync } from "node:fs";
import { LOOKUP_ONLY_FILE, loadTaxonomy, MATCHER_FILE, TAXONOMY_FILE } from "../data/taxonomy/index.ts";
import { extractSkills } from "../tools/skills/extract.ts";
import type { BenchContext } from "./harness.ts";

/** A made-up two-page resume (about 5,500 characters), written for this benchmark. */
export function twoPageResume(): string {
  const role = (title: string, company: string, years: string, bullets: string[]) =>
    `${title} - ${company} (${years})\n${bullets.map((b) => `• ${b}`).join("\n")}\n`;
  return [
    "Asha Verma\nSenior Software Engineer | Pune, Maharashtra | asha.verma@example.com | github.com/ashaverma\n",
    "SUMMARY\nBackend engineer with 8 years building payment and logistics platforms in Java, Go and Python. Led a team of 6 engineers; mentored junior developers; comfortable with on-call and incident management.\n",
    "TECHNICAL SKILLS\nLanguages: Java, Go, Python, TypeScript, SQL, Bash\nFrameworks: Spring Boot, Django, React, Node.js, Express\nData: PostgreSQL, MySQL, Redis, Kafka, Elasticsearch, Snowflake\nCloud & DevOps: AWS (EC2, S3, Lambda), GCP, Docker, Kubernetes, Terraform, Jenkins, GitHub Actions\nPractices: Agile/Scrum, TDD, CI/CD, microservices, REST APIs, system design\n",
    "EXPERIENCE\n",
    role("Senior Software Engineer", "Finlytics Pvt Ltd", "Jan 2020 - Present", [
      "Designed and built a payments ledger in Go and PostgreSQL handling 2M transactions a day.",
      "Moved 40 services from EC2 to Kubernetes (EKS) with Terraform and Helm; cut infra cost by 30%.",
      "Led a team of 6 engineers across two time zones; ran sprint planning and code reviews.",
      "Built Kafka consumers for fraud signals and dashboards in Grafana and Prometheus.",
      "Collaborated with product and compliance teams on PCI DSS audits.",
    ]),
    role("Software Engineer", "ShipKart", "Jul 2016 - Dec 2019", [
      "Wrote order-routing services in Java 11 with Spring Boot and Hibernate on MySQL.",
      "Introduced Jenkins pipelines, unit tests with JUnit and Mockito, and SonarQube quality gates.",
      "Built internal tools in Python and Django; automated reports with pandas and Excel.",
      "Improved search with Elasticsearch; p95 latency down from 900 ms to 180 ms.",
      "Mentored 3 interns; presented the architecture to senior management.",
    ]),
    role("Associate Engineer", "Infosys", "Jun 2014 - Jun 2016", [
      "Maintained a J2EE banking portal (Struts, JSP, Oracle 11g, PL/SQL).",
      "Wrote shell scripts on Linux for batch jobs; supported UAT and production releases.",
      "Handled customer issues and resolved client escalations within SLA.",
    ]),
    "PROJECTS\nRoute optimiser - Python, OR-Tools, FastAPI, Docker; deployed on GCP Cloud Run.\nBudget app - React Native, TypeScript, Firebase.\n",
    "EDUCATION\nB.Tech in Computer Science, College of Engineering Pune, 2014, CGPA 8.4\n",
    "CERTIFICATIONS\nAWS Certified Solutions Architect - Associate (2021); Certified Kubernetes Administrator (CKA) (2022)\n",
    "LANGUAGES\nEnglish (fluent), Hindi (native), Marathi\n",
  ]
    .join("\n")
    .repeat(2);
}

export default async function bench(ctx: BenchContext): Promise<void> {
  ctx.record({
    name: "taxonomy file size",
    unit: "MB",
    p50: statSync(TAXONOMY_FILE).size / 1024 / 1024,
    p95: 0,
    n: 1,
  });
  ctx.record({
    name: "taxonomy matcher file size",
    unit: "MB",
    p50: statSync(MATCHER_FILE).size / 1024 / 1024,
    p95: 0,
    n: 1,
  });
  ctx.record({
    name: "taxonomy lookup-only file size",
    unit: "MB",
    p50: statSync(LOOKUP_ONLY_FILE).size / 1024 / 1024,
    p95: 0,
    n: 1,
  });
  await ctx.measure(
    "taxonomy load (cold, parse + index)",
    () => loadTaxonomy(TAXONOMY_FILE, LOOKUP_ONLY_FILE),
    {
      iterations: 10,
      warmup: 1,
    },
  );
  const text = twoPageResume();
  // A fresh process's first extraction also builds the matcher's phrase sets.
  await ctx.measure(
    "taxonomy load + first extraction (cold)",
    () => extractSkills(text, {}, loadTaxonomy(TAXONOMY_FILE, LOOKUP_ONLY_FILE, MATCHER_FILE)),
    { iterations: 10, warmup: 1 },
  );
  await ctx.measure(`extract skills, 2-page resume (${text.length} chars)`, () => extractSkills(text), {
    iterations: 50,
    warmup: 5,
  });
  const ad =
    "We need a backend engineer with Go, Postgres, k8s and GCP; React is a plus. Go to market with us!";
  await ctx.measure("extract skills, chat message / short job ad", () => extractSkills(ad), {
    iterations: 200,
    warmup: 20,
    unit: "us",
  });
}
