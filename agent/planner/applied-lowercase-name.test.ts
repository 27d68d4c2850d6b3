/**
 * Companies typed in lower case (lead29, trying the chat): "applied to stripe" asked back
 * "Which company and role?", and a second application said after "and to shopify (…)" was
 * dropped. Words that are a sentence ("… and waiting", "fingers crossed") are no company or role.
 * Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

const logged = async (text: string) =>
  (await plan(text)).calls.filter((c) => c.name === "add_application").map((c) => c.args);

describe("applications named in lower case", () => {
  it("logs a lone lower-case company with no role said", async () => {
    expect(await logged("applied to stripe")).toEqual([{ company: "stripe", position: "Role not given" }]);
    expect(await logged("just applied to hubspot yesterday")).toEqual([
      { company: "hubspot", position: "Role not given", appliedOn: "yesterday" },
    ]);
  });

  it("keeps a role after a comma that starts like a chat word ('software …', 'web …')", async () => {
    expect(await logged("applied to Ocado, software engineering intern")).toEqual([
      { company: "Ocado", position: "software engineering intern" },
    ]);
    expect(await logged("applied to Canva, web developer")).toEqual([
      { company: "Canva", position: "web developer" },
    ]);
  });

  it("does not take a feeling after a comma for the role", async () => {
    expect(await logged("just applied to figma, fingers crossed")).toEqual([
      { company: "figma", position: "Role not given" },
    ]);
  });

  it("logs each of two lower-case applications, each with its own role and day", async () => {
    expect(
      await logged(
        "applied to stripe for backend engineer yesterday, and to shopify (data analyst) last week",
      ),
    ).toEqual([
      { company: "stripe", position: "backend engineer", appliedOn: "yesterday" },
      { company: "shopify", position: "data analyst", appliedOn: "last week" },
    ]);
  });

  it("reads no company in words that are a sentence", async () => {
    expect(await logged("applied to canva and waiting")).toEqual([
      { company: "canva", position: "Role not given" },
    ]);
    expect(await logged("applied to a few places")).toEqual([]);
    expect(await logged("applied to jobs all week")).toEqual([]);
    expect(await logged("i applied to design and research roles")).toEqual([]);
  });
});
