/**
 * A company's name is read whole in any script: each reader of names in the planner took
 * letters as A-Z, so "Fundación Jiménez Díaz" was logged as "Fundación Jim" and a follow-up
 * about it could not be found again (trial14 §2). One case per reader; names made up here.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true }, tracked: [] });
const firstArgs = async (text: string) => (await plan(text)).calls[0]?.args;

describe("accented names are whole", () => {
  it("a capitalised name after 'a la' (nameFrom): Fundación Peña Alcázar", async () => {
    expect(
      await firstArgs("también apliqué a la Fundación Peña Alcázar como monitora de ensayos ayer"),
    ).toMatchObject({
      company: "Fundación Peña Alcázar",
      position: "monitora de ensayos",
    });
  });
  it("a capitalised name after 'to': Société Générale", async () => {
    expect(await firstArgs("applied to Société Générale as a risk analyst")).toMatchObject({
      company: "Société Générale",
      position: "risk analyst",
    });
  });
  it("a lower-case name after 'applied to': éxito", async () => {
    expect(await firstArgs("applied to éxito yesterday")).toMatchObject({ company: "éxito" });
  });
  it("a lower-case name in a removal: the éxito application", async () => {
    expect((await plan("remove the éxito application")).calls).toEqual([
      { name: "delete_application", args: { application: "éxito" } },
    ]);
  });
  it("a capitalised name that starts with an accent, first in the message: Éxito", async () => {
    expect(await firstArgs("Éxito me rechazó")).toMatchObject({ application: "Éxito", status: "rejected" });
  });
});
