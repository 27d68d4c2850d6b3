/**
 * trial20 §1: a job ad attached with "is this job a fit for me?" was read as the person's resume
 * (its skills saved to their profile). A file the message points at as a job is the target; a
 * file said to be the resume, or sent with no word about it, is the resume. Messages written here.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";

const firstCall = async (text: string) =>
  (await planText(text, { hasProfile: true }, { attachments: ["file.txt"] })).calls[0];

describe("a file the message points at as a job", () => {
  it.each([
    "is this job a fit for me?",
    "am I right for this role?",
    "¿soy apto para este puesto?",
    "passe ich auf diese Stelle?",
    "est-ce que ce poste me correspond ?",
    "essa vaga é boa pra mim?",
  ])("'%s' reads the file as the job", async (text) => {
    expect(await firstCall(text)).toEqual({ name: "set_dream_job", args: { filename: "file.txt" } });
  });

  it.each(["here is my resume for this job", "my cv", "here you go"])(
    "'%s' reads it as the resume",
    async (text) => {
      expect(await firstCall(text)).toEqual({ name: "read_resume", args: { filename: "file.txt" } });
    },
  );
});
