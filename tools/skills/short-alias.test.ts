import { describe, expect, it } from "vitest";
import { extractSkills } from "./extract.ts";

const ids = (text: string) => extractSkills(text, { unlisted: true }).map((s) => s.id);

/**
 * Issue 14: a short alias written in lower case ("elk" of Elasticsearch, "kube" of Kubernetes)
 * reached the tool in any sentence, so a hunting guide listed Elasticsearch. In lower case it
 * now needs one technical sign beside it; in capitals it is the acronym, as before.
 */
describe("a short lower-case alias needs a technical sign", () => {
  it("reads no tool in ordinary sentences", () => {
    expect(ids("Guided elk hunting trips for visiting families every autumn")).not.toContain("elasticsearch");
    expect(ids("Booked the kube shuttle for the whole wedding party")).not.toContain("kubernetes");
  });

  it("still reads the alias with a technical sign, in capitals, or as a list item", () => {
    expect(ids("Deployed the services with kube and helm")).toContain("kubernetes");
    expect(ids("Wrote ksh scripts to rotate the nightly logs")).toContain("korn-shell");
    expect(ids("Built the search pages on ELK for the support team")).toContain("elasticsearch");
    expect(ids("Tools: elk, kafka, docker")).toContain("elasticsearch");
  });

  it("leaves a skill's own short name alone", () => {
    expect(ids("Committed the fixes with git every evening")).toContain("git");
  });
});

describe("a text written all in lower case", () => {
  it("keeps a short alias: its casing tells nothing", () => {
    expect(ids("i did some vue last year")).toContain("vuejs");
  });
});
