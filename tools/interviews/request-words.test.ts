import { describe, expect, it } from "vitest";
import { requestTopic } from "./request-words.ts";

describe("the topic of a question request", () => {
  it("leaves out the asking words, misspelt ones too", () => {
    expect(requestTopic("show me interview questions about warehouse safety")).toBe("warehouse safety");
    expect(requestTopic("giv me some interveiw questions")).toBe("");
    expect(requestTopic("any qustions on dock scheduling?")).toBe("dock scheduling");
    expect(requestTopic("preguntas de entrevista sobre almacenes")).toBe("almacenes");
  });
  it("keeps words that are topics as well as asking words, and names as written", () => {
    expect(requestTopic("unit test questions for Node.js")).toBe("unit test Node.js");
    expect(requestTopic("questions for a product manager")).toBe("product manager");
    expect(requestTopic("C++ interview questions")).toBe("C++");
  });
});
