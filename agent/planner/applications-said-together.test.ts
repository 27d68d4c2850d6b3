/**
 * Applications said together in one message, as people write them (trial16 §11): a long
 * employer's name is logged whole, and a second application named by a capitalised place and
 * a lower-case organisation noun ("the <Name> County health department") is logged too, never
 * dropped without a word. Bracketed roles read the day in any language the chat reads.
 * Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true }, tracked: [] });
const logged = async (text: string) =>
  (await plan(text)).calls.filter((c) => c.name === "add_application").map((c) => c.args);

describe("two applications in one message, one with an organisation described after its place's name", () => {
  it("'to <four-word hospital> for a <role> job on <day> and to the <Place> County health department <day>' logs both, names whole", async () => {
    expect(
      await logged(
        "I applied to Saint Aldric Childrens Hospital for a pediatric nurse job on tuesday and to the Marlow County health department yesterday",
      ),
    ).toEqual([
      { company: "Saint Aldric Childrens Hospital", position: "pediatric nurse", appliedOn: "on tuesday" },
      { company: "Marlow County health department", position: "pediatric nurse", appliedOn: "yesterday" },
    ]);
  });
  it("'… as a unit clerk last week and to the Harlow public library on friday'", async () => {
    expect(
      await logged(
        "applied to Northgate Regional Medical Center as a unit clerk last week and to the Harlow public library on friday",
      ),
    ).toEqual([
      { company: "Northgate Regional Medical Center", position: "unit clerk", appliedOn: "last week" },
      { company: "Harlow public library", position: "unit clerk", appliedOn: "on friday" },
    ]);
  });
  it("Spanish: 'apliqué a <Hospital …> para <rol> el lunes y a la <Fundación …> ayer'", async () => {
    const got = await logged(
      "apliqué al Hospital Universitario San Roque para auxiliar de enfermería el lunes y a la Fundación Vida Sana ayer",
    );
    expect(got.map((a) => [a.company, a.position])).toEqual([
      ["Hospital Universitario San Roque", "auxiliar de enfermería"],
      ["Fundación Vida Sana", "auxiliar de enfermería"],
    ]);
    expect(got[1]!.appliedOn).toBe("yesterday");
  });
  it("a single application to a four-word centre keeps its whole name", async () => {
    expect(
      await logged("I applied to Westbrook Valley Medical Center for a night nurse job yesterday"),
    ).toEqual([
      { company: "Westbrook Valley Medical Center", position: "night nurse", appliedOn: "yesterday" },
    ]);
  });
});

describe("a bracketed role and a day said in another language", () => {
  it("'applied @ <company> (<role>) ayer' keeps the day", async () => {
    expect(await logged("applied @ Kwikmart Express (cashier) ayer")).toEqual([
      { company: "Kwikmart Express", position: "cashier", appliedOn: "yesterday" },
    ]);
  });
  it("'<A> (<role>) y <B> (<role>), ayer' with the verb after the list: both logged", async () => {
    expect(
      (await logged("sent 2 apps ayer: Panaderia Sol (dependienta) y Farmacia Ruiz (auxiliar)")).map((a) => [
        a.company,
        a.position,
        a.appliedOn,
      ]),
    ).toEqual([
      ["Panaderia Sol", "dependienta", "yesterday"],
      ["Farmacia Ruiz", "auxiliar", "yesterday"],
    ]);
  });
});

describe("one reader of each clause: the role after 'as a' loses its article in a list too", () => {
  it("'to A as a <role> on <day> and to B for <role> <day>'", async () => {
    expect(
      await logged(
        "I applied to Tillbury Foods as a shift supervisor on monday and to Carrow Mart for cashier yesterday",
      ),
    ).toEqual([
      { company: "Tillbury Foods", position: "shift supervisor", appliedOn: "on monday" },
      { company: "Carrow Mart", position: "cashier", appliedOn: "yesterday" },
    ]);
  });
});
