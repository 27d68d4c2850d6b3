import { describe, expect, it } from "vitest";
import { oneParagraphCopy } from "./one-paragraph.ts";

// Invented resume lines.
const lined = [
  "Marta Quill",
  "Field Service Technician",
  "EXPERIENCE",
  "Northgate Elevator Works, Leeds",
  "2019 - Present",
  "Service Technician",
  "Kept 40 lifts running across three sites.",
  "EDUCATION",
  "Leeds College of Building, 2018",
].join("\n");

describe("one-paragraph copies of lined resumes (labeller training)", () => {
  it("joins every line into one paragraph, words in order, breaks as one or two spaces", () => {
    const copy = oneParagraphCopy(lined, "resume-1")!;
    expect(copy).not.toContain("\n");
    expect(copy.replace(/ {2}/g, " ")).toBe(lined.replace(/\n/g, " "));
    expect(copy).toMatch(/\S {2}\S/);
  });

  it("gives the same copy for the same resume and may lose other breaks for another", () => {
    expect(oneParagraphCopy(lined, "resume-1")).toBe(oneParagraphCopy(lined, "resume-1"));
    const copies = new Set(["a", "b", "c", "d", "e", "f"].map((id) => oneParagraphCopy(lined, id)));
    expect(copies.size).toBeGreaterThan(1);
  });

  it("makes no copy of a resume that is already one paragraph", () => {
    const flat = `${lined.replace(/\n/g, "  ")}  ${"Kept lifts running.  ".repeat(20)}`;
    expect(oneParagraphCopy(flat, "resume-2")).toBeUndefined();
    expect(oneParagraphCopy("Marta Quill\nField Service Technician", "resume-3")).toBeUndefined();
  });
});
