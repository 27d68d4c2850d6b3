import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SequencePerceptron } from "../../ml/sequence-perceptron.ts";
import { resumeLines } from "../parse-text.ts";
import { goldTags, LABELS } from "./align.ts";
import { labelBiased, parseBiases } from "./bias.ts";
import { tokenFeatureParts, tokenFeatures } from "./features.ts";
import { labelFields, MODEL_PATH } from "./index.ts";
import { readPackedModel, writePackedModel } from "./packed.ts";
import { tokenize } from "./tokens.ts";

describe("tokenize", () => {
  it("keeps what separated each token: a space, a gap of spaces, a line break", () => {
    const tokens = tokenize("Asha Rao  Data Analyst\nB.Sc.");
    expect(tokens.map((t) => [t.text, t.sep])).toEqual([
      ["Asha", "n"],
      ["Rao", "s"],
      ["Data", "g"],
      ["Analyst", "s"],
      ["B", "n"],
      [".", "s"],
      ["Sc", "s"],
      [".", "s"],
    ]);
  });
});

describe("goldTags", () => {
  it("tags every mention of a labelled value, longest first, the name once", () => {
    const tokens = tokenize("Asha Rao Data Analyst at Zenith Data Labs . Asha Rao led Zenith Data Labs");
    const tags = goldTags(tokens, {
      NAME: ["Asha Rao"],
      DESIG: ["Data Analyst"],
      COMP: ["Zenith Data Labs"],
    });
    expect(tags).toEqual([
      "B-NAME",
      "I-NAME",
      "B-DESIG",
      "I-DESIG",
      "O",
      "B-COMP",
      "I-COMP",
      "I-COMP",
      "O",
      "O",
      "O",
      "O",
      "B-COMP",
      "I-COMP",
      "I-COMP",
    ]);
  });
});

/** Written for these tests: the employer is words 3-4 and the title word 6 of each sentence. */
function toyData() {
  const texts = [
    "Worked at Acme Corp as Analyst",
    "Worked at Bolt Inc as Tester",
    "Worked at Crane Ltd as Clerk",
  ];
  return texts.map((t) => {
    const tokens = tokenize(t);
    const [company, title] = [t.split(" ").slice(2, 4).join(" "), t.split(" ")[5]!];
    return { features: tokenFeatures(tokens), tags: goldTags(tokens, { COMP: [company], DESIG: [title] }) };
  });
}

describe("SequencePerceptron", () => {
  it("learns a pattern from examples, deterministically, and survives a JSON round trip", () => {
    const data = toyData();
    const a = SequencePerceptron.train(LABELS, data, { epochs: 5 });
    const b = SequencePerceptron.train(LABELS, data, { epochs: 5 });
    expect(a.toJSON()).toEqual(b.toJSON());
    const unseen = tokenize("Worked at Delta Group as Auditor");
    const tags = SequencePerceptron.fromJSON(a.toJSON()).tag(tokenFeatures(unseen));
    expect(tags).toEqual(["O", "O", "B-COMP", "I-COMP", "O", "B-DESIG"]);
  });

  it("trained on whole sequences with a beam, records the beam and tags with it, in JSON and in model.bin", () => {
    const data = toyData();
    const model = SequencePerceptron.train(LABELS, data, { epochs: 5, beam: 4 });
    const json = model.toJSON();
    expect(json.beam).toBe(4);
    expect(SequencePerceptron.train(LABELS, data, { epochs: 5, beam: 4 }).toJSON()).toEqual(json);
    const unseen = tokenize("Worked at Delta Group as Auditor");
    const fromJson = SequencePerceptron.fromJSON(json);
    expect(fromJson.beam).toBe(4);
    expect(fromJson.tag(tokenFeatures(unseen))).toEqual(["O", "O", "B-COMP", "I-COMP", "O", "B-DESIG"]);
    const dir = mkdtempSync(path.join(os.tmpdir(), "careercraft-labeller-"));
    try {
      writeFileSync(path.join(dir, "model.json"), JSON.stringify(json));
      writePackedModel(path.join(dir, "model.json"), path.join(dir, "model.bin"));
      const packed = readPackedModel(path.join(dir, "model.bin"))!;
      expect(packed.beam).toBe(4);
      const fromBin = SequencePerceptron.fromPacked(packed.labels, packed.packed, packed.beam);
      expect(fromBin.tagParts(tokenFeatureParts(unseen))).toEqual(fromJson.tag(tokenFeatures(unseen)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("labelFields with the trained model", () => {
  it("finds name, titles, employers, degree and school in a resume that is one wall of text", () => {
    // Written for this test: a resume pasted as one paragraph, double spaces lost (as PDFs read).
    const text =
      "Kavya Menon Senior Software Engineer - Orbit Softech Pvt Ltd Hyderabad, Telangana Email me on Indeed: kavya@example.com WORK EXPERIENCE Senior Software Engineer Orbit Softech Pvt Ltd - Hyderabad, Telangana June 2016 to Present Built billing services in Java. Software Engineer Lumen Infotech Pvt Ltd - Chennai, Tamil Nadu July 2013 to May 2016 EDUCATION B.Tech in Computer Science Anna University 2013 SKILLS Java, Spring, SQL";
    const spans = labelFields(resumeLines(text).lines.join("\n"));
    const of = (field: string) => spans.filter((s) => s.field === field).map((s) => s.text);
    expect(of("NAME")[0]).toBe("Kavya Menon");
    expect(of("DESIG")).toContain("Senior Software Engineer");
    expect(of("COMP").some((c) => c.includes("Orbit Softech"))).toBe(true);
    expect(of("DEG").some((d) => d.startsWith("B.Tech"))).toBe(true);
    expect(of("COLL")).toContain("Anna University");
  });
});

/** model.json packed into a model.bin in a scratch folder, read back; both models for `check`. */
function withPackedModel(
  check: (fromJson: SequencePerceptron, packed: NonNullable<ReturnType<typeof readPackedModel>>) => void,
): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), "careercraft-labeller-"));
  try {
    const bin = path.join(dir, "model.bin");
    writePackedModel(MODEL_PATH, bin);
    check(SequencePerceptron.fromJSON(JSON.parse(readFileSync(MODEL_PATH, "utf8"))), readPackedModel(bin)!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the packed model (model.bin, written by the compiled build)", () => {
  it("holds exactly model.json's weights: the same JSON back and the same tags", () => {
    withPackedModel((fromJson, packed) => {
      const fromBin = SequencePerceptron.fromPacked(packed.labels, packed.packed, packed.beam);
      expect(fromBin.toJSON()).toEqual(fromJson.toJSON());
      // Written for this test.
      const features = tokenFeatures(
        tokenize("Ravi Kumar\nData Engineer at Quill Labs, 2019 - 2023\nM.Tech, IIT Delhi"),
      );
      expect(fromBin.tag(features)).toEqual(fromJson.tag(features));
      expect(readPackedModel(MODEL_PATH)).toBeUndefined();
    });
  });

  it("tags by feature parts exactly as model.json does, without building the name -> row index (a cold parse's cost)", () => {
    withPackedModel((fromJson, packed) => {
      let indexed = false;
      for (const key of ["rows", "names"] as const) {
        const get = Object.getOwnPropertyDescriptor(packed.packed, key)!.get!;
        Object.defineProperty(packed.packed, key, {
          get: () => {
            indexed = true;
            return get();
          },
        });
      }
      const fromBin = SequencePerceptron.fromPacked(packed.labels, packed.packed, packed.beam);
      // Written for this test.
      const tokens = tokenize(
        "Meera Iyer\nSenior Analyst, Lumen Freight (2017 - 2022)\nB.Com, Pune University",
      );
      const parts = tokenFeatureParts(tokens);
      expect(fromBin.tagParts(parts)).toEqual(fromJson.tagParts(parts));
      expect(fromBin.tagParts(parts)).toEqual(fromJson.tag(tokenFeatures(tokens)));
      expect(indexed).toBe(false);
    });
  });

  it("files every feature by template and value straight from the file, each to its own weights", () => {
    withPackedModel((fromJson, packed) => {
      const json = fromJson.toJSON().weights;
      const { tables, offsets, labels, weights } = packed.packed;
      expect(tables).toBeDefined();
      let filed = 0;
      for (const table of tables!.values()) filed += table.size;
      expect(filed).toBe(Object.keys(json).length);
      for (const [name, pairs] of Object.entries(json)) {
        const at = name.indexOf("=");
        const row = tables!.get(at < 0 ? name : name.slice(0, at))!.get(at < 0 ? "" : name.slice(at + 1))!;
        const stored: number[] = [];
        for (let i = offsets[row]!; i < offsets[row + 1]!; i++) stored.push(labels[i]!, weights[i]!);
        expect(stored).toEqual(pairs);
      }
    });
  });
});

describe("label biases (bias.ts)", () => {
  it("parses a bias setting and refuses a bad one with a clear message", () => {
    expect(parseBiases("0")).toEqual({});
    expect(parseBiases("B-COMP=6, I-COMP=1.5")).toEqual({ "B-COMP": 6, "I-COMP": 1.5 });
    expect(() => parseBiases("B-COMP=lots")).toThrow(/LABEL=number/);
    expect(() => labelBiased({ labels: LABELS, weights: {} }, { "B-CITY": 1 })).toThrow(/Unknown label/);
  });

  it("adds to the bias feature's weight, so the tagger opens a field more readily, and leaves the model it was given alone", () => {
    const json = SequencePerceptron.train(LABELS, toyData(), { epochs: 5 }).toJSON();
    const before = JSON.stringify(json);
    const comp = LABELS.indexOf("B-COMP");
    const biased = labelBiased(json, { "B-COMP": 1000 });
    expect(JSON.stringify(json)).toBe(before);
    const weightOf = (m: typeof json) => {
      const pairs = m.weights.b ?? [];
      for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === comp) return pairs[i + 1]!;
      return 0;
    };
    expect(weightOf(biased)).toBeCloseTo(weightOf(json) + 1000, 2);
    // Written for this test: with a huge employer bias every word opens or continues an employer.
    const unseen = tokenFeatures(tokenize("Worked at Delta Group as Auditor"));
    const plain = SequencePerceptron.fromJSON(json).tag(unseen);
    const eager = SequencePerceptron.fromJSON(biased).tag(unseen);
    expect(plain[0]).toBe("O");
    expect(eager[0]).toBe("B-COMP");
    expect(eager.filter((t) => t.endsWith("COMP")).length).toBeGreaterThan(
      plain.filter((t) => t.endsWith("COMP")).length,
    );
  });
});

describe("tokenFeatureParts: what stands around a capitalised run", () => {
  it("gives an employer's words the title and joiner before it and the place after it, and marks places", () => {
    // Written for this test.
    const tokens = tokenize("Sales Manager at Orbit Softech, New Delhi  Jan 2019 - Present");
    const parts = tokenFeatureParts(tokens);
    const value = (i: number, template: string) => {
      const p = parts[i]!;
      for (let k = 0; k < p.length; k += 2) if (p[k] === template) return p[k + 1];
      return undefined;
    };
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    for (const word of ["Orbit", "Softech"]) {
      expect(value(at(word), "runL")).toBe("sat|ttl");
      expect(value(at(word), "runR")).toBe("s,|plc");
    }
    expect(value(at("New"), "cls")).toBe("plc");
    expect(value(at("Delhi"), "cls")).toBe("plc");
    expect(value(at("Softech"), "sec|d")).toBe("top|d");
    expect(value(at("at"), "runL")).toBeUndefined();
  });
});
