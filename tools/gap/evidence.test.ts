import { describe, expect, it } from "vitest";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { findEvidence, shippedEmbedder } from "./evidence.ts";
import { credentialNamed, type TypedRequirement } from "./requirements.ts";

const { graph } = gapDeps();

/** A lecturer whose teaching is evidenced by a role; no research record, no doctorate. */
const lecturer = profile({
  experience: [
    {
      title: "Nurse Tutor",
      start: "2005-01",
      end: "2020-01",
      bullets: ["Taught clinical skills to student nurses"],
      skills: ["teaching"],
    },
  ],
  skills: [skill("teaching", "advanced", { evidence: ["experience: Nurse Tutor"] })],
});

const ask = (type: TypedRequirement["type"], text: string): TypedRequirement => ({
  type,
  text,
  kind: "required",
  hard: false,
});

describe("evidence through the taxonomy", () => {
  // No embedder: only the taxonomy can meet an ask here.
  const [duty, years, degree] = findEvidence(
    [
      ask("duty", "Experience in teaching at university level"),
      ask("years", "Postdoctoral level, with 3+ years of research and teaching after the PhD"),
      ask("degree", "A PhD in public health with teaching duties"),
    ],
    lecturer,
    graph,
    undefined,
  );

  it("meets a duty the person's evidenced skill names, quoting the evidence", () => {
    expect(duty).toMatchObject({ met: true, quote: "experience: Nurse Tutor" });
  });

  it("does not meet a years or degree ask because it names a skill the person holds", () => {
    expect(years!.met).toBe(false);
    expect(degree!.met).toBe(false);
  });
});

describe("a licence ask", () => {
  const nurse = profile({
    certifications: [{ name: "Registered Nurse (RN)", issuer: "State Board of Nursing", skills: [] }],
  });
  const evidenceFor = (text: string, who = nurse, credential = credentialNamed(text)) =>
    findEvidence(
      [{ ...ask("licence", text), ...(credential ? { credential } : {}) }],
      who,
      graph,
      undefined,
    )[0]!;

  it("that names no licence is met by the licence of the job's title the resume lists, quoted", () => {
    // requirements.ts gives an ask naming no licence the job's title ("Registered Nurse").
    const asked = { name: "Registered Nurse", aka: [] };
    expect(evidenceFor("Licensing or registration required", nurse, asked)).toMatchObject({
      met: true,
      quote: "Registered Nurse (RN), State Board of Nursing",
    });
    expect(evidenceFor("Licensing or registration required", profile(), asked).met).toBe(false);
    // Any certificate is not that licence.
    const firstAider = profile({ certifications: [{ name: "BLS", issuer: "Red Cross", skills: [] }] });
    expect(evidenceFor("Licensing or registration required", firstAider, asked).met).toBe(false);
  });

  it("that names a licence is not met by another one", () => {
    expect(evidenceFor("Active CPA licence required").met).toBe(false);
  });

  it("is not met by the same credential still in progress", () => {
    const candidate = profile({
      certifications: [{ name: "CPA candidate (two of four exams passed)", skills: [], inProgress: true }],
    });
    expect(evidenceFor("Active CPA licence required", candidate).met).toBe(false);
    const held = profile({
      certifications: [{ name: "CPA", issuer: "State Board of Accountancy", skills: [] }],
    });
    expect(evidenceFor("Active CPA licence required", held).met).toBe(true);
  });
});

describe("the line quoted for an ask met through the taxonomy", () => {
  it("is the held skill's line closest to the ask, not the first skill named", () => {
    const nurse = profile({
      skills: [
        skill("nursing", "advanced", { evidence: ["Registered nurse on busy surgical wards since 2016."] }),
        skill("patient-care", "advanced", {
          evidence: ["Monitored vital signs and assessed patients' needs every shift"],
        }),
      ],
    });
    const [e] = findEvidence(
      [ask("duty", "Nursing: assess patient health problems and needs and monitor vital signs")],
      nurse,
      graph,
      shippedEmbedder(),
    );
    expect(e).toMatchObject({
      met: true,
      quote: "Monitored vital signs and assessed patients' needs every shift",
    });
  });
});

describe("evidence by meaning from a skills list", () => {
  const jasmineAsk = ask("duty", "Testing with Jasmine or similar");
  const listedOnly = profile({
    experience: [],
    skills: [skill("jasmine", "intermediate", { evidence: [], validated: false })],
  });
  const backed = profile({
    experience: [],
    skills: [skill("jasmine", "intermediate", { evidence: ["experience: Front-end Developer"] })],
  });
  const similarity = (p: typeof listedOnly) =>
    findEvidence([jasmineAsk], p, graph, shippedEmbedder(), p.skills)[0]!.similarity;

  it("reads a listed-only entry as no evidence (a stuffed keyword list cannot raise an ask)", () => {
    expect(similarity(listedOnly)).toBeLessThan(0.3);
  });

  it("reads an entry with a role behind it", () => {
    expect(similarity(backed)).toBeGreaterThan(0.3);
  });
});
