/**
 * Spanish news of an offer ("me ha ofrecido el puesto") moves that application to offer, and an
 * undo said after the reason ("…, no es oferta todavía, deshaz eso") takes the change back on the
 * same application (trial14 §2: the offer was asked back about, the undo made another one an offer).
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const TRACKED = ["Clínica Roble", "Biomédica Sur"];
const plan = plannerWith({ tracked: TRACKED });

describe("an offer and its undo in Spanish", () => {
  it("'<empresa> me ha ofrecido el puesto' is an offer at that company", async () => {
    const p = await plan("Clínica Roble me ha ofrecido el puesto de coordinadora!!", {
      hasProfile: true,
      topic: "application",
    });
    expect(p.calls).toEqual([
      { name: "update_application_status", args: { application: "Clínica Roble", status: "offer" } },
    ]);
  });
  it("'…, deshaz eso' at the end takes the offer back on the same application", async () => {
    const moved: Focus = {
      hasProfile: true,
      topic: "application",
      lastIntent: "update_application_status",
      application: { company: "Clínica Roble", status: "offer", previousStatus: "technical_interview" },
    };
    const p = await plan("perdona, me equivoqué, todavía no es una oferta, deshaz eso", moved);
    expect(p.calls).toEqual([
      {
        name: "update_application_status",
        args: { application: "Clínica Roble", status: "technical_interview" },
      },
    ]);
  });
});
