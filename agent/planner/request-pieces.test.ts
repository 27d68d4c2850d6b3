/**
 * A short question about "it" after the piece that named the thing is that piece's request
 * again (model f4685d96 read "and the previous run" as its own request, and "what did it give
 * me" then explained the analysis in focus beside the list of earlier ones).
 */
import { expect, it } from "vitest";
import { requestPieces } from "./message-pieces.ts";

it("a question about 'it' after the piece naming it is no request of its own", () => {
  expect(requestPieces(["and the previous run", "what did it give me"])).toEqual(["and the previous run"]);
  expect(requestPieces(["the fit check from monday", "how was it?"])).toEqual(["the fit check from monday"]);
});

it("a question that names its own subject, or comes first, stays a request", () => {
  expect(requestPieces(["save the job", "what did my last analysis say"])).toHaveLength(2);
  expect(requestPieces(["what did it give me", "show my skills"])).toHaveLength(2);
});
