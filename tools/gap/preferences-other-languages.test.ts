/**
 * Issue 12 (trial item 15): "mi expectativa salarial es 90k al año y prefiero Orlando, no
 * remoto" saved the pay only; the place and the refused remote work were lost, and the reply
 * asked whether they would relocate. A place and a work mode (remote, hybrid, on-site, and a
 * refused one, which is the other) are read in Spanish, Portuguese, French and German too.
 */
import { expect, it } from "vitest";
import { preferencesIn } from "./stated-preferences.ts";

it("reads the pay, the place and the refused remote work of the trial message", () => {
  expect(preferencesIn("mi expectativa salarial es 90k al año y prefiero Orlando, no remoto")).toMatchObject({
    salaryMin: 90_000,
    desiredLocation: "Orlando",
    remote: "onsite",
  });
});

it.each([
  ["prefiero trabajar en Valencia, híbrido", { desiredLocation: "Valencia", remote: "hybrid" }],
  ["quiero algo presencial en Madrid", { desiredLocation: "Madrid", remote: "onsite" }],
  ["no presencial, solo remoto", { remote: "remote" }],
  ["prefiro trabalhar em São Paulo, híbrido", { desiredLocation: "São Paulo", remote: "hybrid" }],
  ["sem home office, prefiro presencial", { remote: "onsite" }],
  ["je préfère Lyon, pas de télétravail", { desiredLocation: "Lyon", remote: "onsite" }],
  ["en télétravail à 100%", { remote: "remote" }],
  ["ich wohne in Köln und möchte kein Homeoffice", { desiredLocation: "Köln", remote: "onsite" }],
  ["nicht remote bitte", { remote: "onsite" }],
])("%s", (said, expected) => {
  expect(preferencesIn(said)).toEqual(expected);
});

it.each(["apliqué a Sunrise Family Clinic ayer para clinic manager", "postulé chez Decathlon hier"])(
  "%s states no preference (a company after 'a'/'chez' is no place)",
  (said) => {
    expect(preferencesIn(said)).toEqual({});
  },
);

it("English is read as before", () => {
  expect(preferencesIn("I want remote or Columbus")).toEqual({
    remote: "remote",
    desiredLocation: "Columbus",
  });
  expect(preferencesIn("remote or onsite is fine")).toEqual({ remote: "hybrid" });
});
