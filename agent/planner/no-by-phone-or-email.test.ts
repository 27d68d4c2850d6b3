/**
 * A no that came by a call or an email is a rejection, not a phone screen (conv12n: "they
 * emailed back, they said no" moved the application to a phone screen), and a no said
 * indirectly ("it's a no", "not moving forward", "went with someone else") is a rejection.
 * Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const JUST_LOGGED: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "Wayfair", position: "Data Analyst", status: "applied", id: "app-2" },
};
const statusOf = async (text: string) => {
  const p = await understand(text, {
    focus: JUST_LOGGED,
    attachments: [],
    available: new Set(TOOL_NAMES),
    tracked: ["Wayfair"],
  });
  return p.calls.find((c) => c.name === "update_application_status")?.args.status;
};

describe("a no said indirectly", () => {
  it.each([
    "they emailed back and said no",
    "got a call from them, they're not moving forward",
    "heard back from wayfair, it's a no",
    "they went with someone else",
    "recruiter phoned: I was unsuccessful",
  ])("'%s' is a rejection", async (text) => {
    expect(await statusOf(text)).toBe("rejected");
  });

  it("a call back with no no in it is still a phone screen", async () => {
    expect(await statusOf("wayfair called me back for a quick chat")).toBe("phone_screen");
  });
});

describe("another round said as news", () => {
  it("'they want me back for a second round' is an interview stage", async () => {
    expect(await statusOf("they want me back for a second round")).toBe("technical_interview");
  });
});
