/**
 * trial14 §6: "GCP" on a nurse's CV and a clinical research ad was read as Google Cloud
 * Platform. Among clinical words it is Good Clinical Practice; among cloud words it stays the
 * cloud. Lines written for this test; the real extractor and resume reader.
 */
import { describe, expect, it } from "vitest";
import { profileFromResumeText } from "../../test-support/gap-fixtures.ts";
import { GOOD_CLINICAL_PRACTICE } from "./acronym-senses.ts";
import { extractSkills } from "./extract.ts";

const ids = (text: string) => extractSkills(text, { section: "job ad" }).map((s) => s.id);

describe("GCP read by its field", () => {
  it.each([
    "Current GCP certificate and experience running phase II oncology trials",
    "Certificado GCP (ICH E6); coordinación de ensayos clínicos en fase III",
    "Must know GCP, ICH guidelines and informed consent procedures",
    "Trained in Good Clinical Practice; supported investigators on two sponsor protocols",
    "Formación en buenas prácticas clínicas para enfermería de investigación",
  ])("clinical: %s", (text) => {
    const found = ids(text);
    expect(found).toContain(GOOD_CLINICAL_PRACTICE);
    expect(found).not.toContain("gcp");
  });

  it.each([
    "Deployed services on GCP with Terraform and Kubernetes",
    "Cloud experience: AWS or GCP",
    "Migrated our clinical trials platform's data pipelines to GCP and BigQuery",
  ])("cloud: %s", (text) => {
    const found = ids(text);
    expect(found).toContain("gcp");
    expect(found).not.toContain(GOOD_CLINICAL_PRACTICE);
  });

  it("a nurse's CV lists GCP as the clinical standard, not the cloud", async () => {
    const cv = [
      "Lucía Ortega",
      "Enfermera",
      "",
      "EXPERIENCE",
      "Research Nurse, Hospital Universitario, Madrid, 2019 - 2024",
      "- Screened and consented patients for three phase II/III oncology trials",
      "- Completed case report forms and reported adverse events to the sponsor",
      "",
      "CERTIFICATIONS",
      "GCP (ICH E6 R2), 2023",
      "",
      "SKILLS",
      "GCP, informed consent, phlebotomy",
    ].join("\n");
    const person = await profileFromResumeText(cv, new Date("2025-01-01"));
    const skills = person.skills.map((s) => s.skillId ?? s.name);
    expect(skills).not.toContain("gcp");
  });
});
