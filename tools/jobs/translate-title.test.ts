/**
 * Found in a lead trial (2026-12-03): "hola, quiero ser diseñadora UX" answered "I know role
 * titles in English only": a dream role said in Spanish, Portuguese, French or German is read
 * in English words so the role finder can match it.
 */
import { expect, it } from "vitest";
import { translateTitle } from "./translate-title.ts";

it.each([
  ["diseñadora UX", "Spanish", "ux designer"],
  ["analista de datos", "Spanish", "data analyst"],
  ["ingeniero de software senior", "Spanish", "senior software engineer"],
  ["gerente de ventas", "Spanish", "sales manager"],
  ["diseñadora de interiores", "Spanish", "interior designer"],
  ["especialista en recursos humanos", "Spanish", "human resources specialist"],
  ["engenheira de software", "Portuguese", "software engineer"],
  ["analyste de données", "French", "data analyst"],
  ["développeur web", "French", "web developer"],
  ["chef de projet", "French", "project manager"],
  ["Softwareentwicklerin", "German", "software developer"],
  ["Vertriebsleiter", "German", "sales manager"],
  ["Datenanalyst", "German", "data analyst"],
])("%s (%s) -> %s", (title, language, english) => {
  expect(translateTitle(title, language)).toBe(english);
});

it("leaves a title with no known title word alone", () => {
  expect(translateTitle("astronauta espacial", "Spanish")).toBeUndefined();
});

// conv12q (a blind7 dialogue; words chosen for this test): planners and dispatchers in es/pt/fr/de.
it.each([
  ["Produktionsplanerin", "German", "production planner"],
  ["planificador de producción", "Spanish", "production planner"],
  ["Disponent", "German", "dispatcher"],
])("%s (%s) -> %s", (title, language, english) => {
  expect(translateTitle(title, language)).toBe(english);
});
