import { describe, expect, it } from "vitest";
import { taxonomySkillResolver } from "../context.ts";
import { parseCsv } from "./csv.ts";
import { decodeImportFile, formatOf, MAX_IMPORT_BYTES } from "./decode.ts";
import { readRows, validateRow } from "./rows.ts";

describe("decoding an import file", () => {
  it("refuses a 20 MB file before parsing it", () => {
    expect(() => decodeImportFile(new Uint8Array(20 * 1024 * 1024))).toThrow(/20\.0 MB; the limit is 5 MB/);
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
  });
  it("explains UTF-16, spreadsheets, binary data and non-UTF-8 text", () => {
    expect(() => decodeImportFile(Buffer.from([0xff, 0xfe, 0x71, 0x00]))).toThrow(/UTF-16/);
    expect(() => decodeImportFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toThrow(
      /Export the sheet as CSV/,
    );
    expect(() => decodeImportFile(Buffer.from("a,b\u0000c"))).toThrow(/binary data/);
    const latin1 = Buffer.concat([
      Buffer.from("question,role\nok,ok\nCaf"),
      Buffer.from([0xe9]),
      Buffer.from(" menu,x\n"),
    ]);
    expect(() => decodeImportFile(latin1)).toThrow(/not valid UTF-8 \(first bad character on line 3\)/);
    expect(() => decodeImportFile(new Uint8Array(0))).toThrow(/empty/);
  });
  it("strips a UTF-8 byte order mark and knows csv from json by name", () => {
    expect(decodeImportFile(Buffer.from("\ufeffquestion"))).toBe("question");
    expect(formatOf("Bank.CSV")).toBe("csv");
    expect(() => formatOf("bank.xlsx")).toThrow(/not a \.csv or \.json/);
  });
});

describe("CSV reading", () => {
  it("handles quotes, doubled quotes, line breaks in fields and CRLF", () => {
    const t = parseCsv('question,key_points\r\n"Say ""hello"", then, wait","a|b"\r\n"two\nlines",c\r\n');
    expect(t.header).toEqual(["question", "key_points"]);
    expect(t.records[0]!.fields).toEqual(['Say "hello", then, wait', "a|b"]);
    expect(t.records[1]).toEqual({ line: 3, fields: ["two\nlines", "c"] });
  });
  it("reads semicolon-separated files and reports an unclosed quote", () => {
    expect(parseCsv("question;role\nx;y").records[0]!.fields).toEqual(["x", "y"]);
    expect(() => parseCsv('question,role\n"never closed,x')).toThrow(/opened on line 2/);
  });
});

describe("validating rows", () => {
  const resolveSkill = taxonomySkillResolver();
  const header = "question,role,type,difficulty,skills,key_points";
  it("refuses files with wrong columns, naming what is missing and what is unknown", () => {
    expect(() => readRows("title,answer\nx,y", "csv")).toThrow(
      /missing column\(s\): question, role, type, difficulty, key_points; unknown column\(s\): "title", "answer"/,
    );
  });
  it("accepts common spellings and reports every problem of a bad row", () => {
    const rows = readRows(
      `${header}\nHow would you explain caching to a new teammate?,Backend,Technical,Intermediate,Redis; caching,Cache-aside|TTL\nshort,,quiz,extreme,Klingon Poetry,`,
      "csv",
    );
    const good = validateRow(rows[0]!, { organizationId: null, resolveSkill });
    expect(good.question).toMatchObject({
      role: "backend-engineer",
      type: "technical",
      difficulty: "medium",
      skills: ["redis", "caching"],
      keyPoints: ["Cache-aside", "TTL"],
    });
    expect(good.question!.id).toMatch(/^imp-[0-9a-f]{16}$/);
    const bad = validateRow(rows[1]!, { organizationId: null, resolveSkill });
    expect(bad.rejected!.row).toBe(3);
    expect(bad.rejected!.reasons).toEqual([
      "question is shorter than 15 characters",
      "role is empty",
      'type "quiz" is not one of behavioral, technical, situational, system_design, case',
      'difficulty "extreme" is not one of easy, medium, hard',
      'skill "Klingon Poetry" is not in the skill taxonomy',
      'key_points is empty (list what a strong answer covers, separated by "|")',
    ]);
  });
  it("reads JSON lists with camelCase keys", () => {
    const rows = readRows(
      JSON.stringify({
        questions: [
          {
            question: "Tell me about a time you led a team?",
            role: "nurse",
            type: "behavioural",
            difficulty: "easy",
            keyPoints: ["Context", "Result"],
          },
        ],
      }),
      "json",
    );
    expect(validateRow(rows[0]!, { organizationId: null, resolveSkill }).question).toMatchObject({
      role: "nursing",
      type: "behavioral",
    });
    expect(() => readRows("{not json", "json")).toThrow(/cannot be read/);
    expect(() => readRows('{"rows": []}', "json")).toThrow(/list of questions/);
  });
});
