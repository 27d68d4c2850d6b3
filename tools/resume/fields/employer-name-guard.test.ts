import { describe, expect, it } from "vitest";
import type { FoundSkill } from "../skills-port.ts";
import { withoutEmployerNames } from "./employer-name-skills.ts";
import { employerSpans } from "./employer-spans.ts";

// Invented text: one employer shaped like an organisation's, one "employer" the parse read
// from a skills line (no legal form, no organisation word).
const TEXT = "Support Engineer, Kestrel Networks Pvt Ltd\nSAP EWM, SAP WM, Excel";
const at = (s: string) => TEXT.indexOf(s);
const skill = (name: string, text: string, known = true): FoundSkill => ({
  id: name.toLowerCase(),
  name,
  spans: [{ start: at(text), end: at(text) + text.length, text }],
  ...(known ? {} : { unrecognised: true as const }),
});

describe("which employer names keep skills out", () => {
  const employers = employerSpans(TEXT, [{ company: "Kestrel Networks Pvt Ltd" }, { company: "SAP EWM" }]);

  it("a name with a legal form does; a skills item read as an employer does not", () => {
    const kept = withoutEmployerNames(
      [
        skill("Kestrel Networks", "Kestrel Networks", false),
        skill("SAP", "SAP EWM"),
        skill("Excel", "Excel"),
      ],
      employers,
    );
    expect(kept.map((s) => s.name)).toEqual(["SAP", "Excel"]);
  });
});
