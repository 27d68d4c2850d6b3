/**
 * Found trying the chat in Spanish (trial12f): "dame preguntas de entrevista" answered "I have no
 * questions on 'dame' in the bank": the asking verb was read as the topic. Asking words in the
 * other languages the chat reads name no topic.
 */
import { expect, it } from "vitest";
import { requestTopic } from "./request-words.ts";

it.each([
  "dame preguntas de entrevista",
  "donne-moi des questions d'entretien stp",
  "gib mir bitte ein paar Fragen fürs Vorstellungsgespräch",
  "me mostra algumas perguntas de entrevista",
])("'%s' names no topic", (text) => {
  expect(requestTopic(text)).toBe("");
});

it("a topic said in Spanish stays", () => {
  expect(requestTopic("dame preguntas de entrevista sobre SQL")).toBe("SQL");
});

it("a kind and 'for example' in Spanish are asking words, the topic's words stay (trial14 §8)", () => {
  expect(
    requestTopic(
      "dame una pregunta técnica sobre ensayos clínicos, por ejemplo GCP o consentimiento informado",
    ),
  ).toBe("ensayos clínicos, GCP consentimiento informado");
});
