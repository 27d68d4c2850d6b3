/**
 * Issue 12: "can I lie about my salary", "should I fake a degree", "can I say I know
 * Kubernetes when I don't", "inflate my job title?" get a short honest answer through the
 * real conversation, grounded in what the person has (their expectation, education, latest
 * role, the skills of theirs near the one asked about), with next steps as quick replies,
 * no tool call and nothing saved. Before: a salary preference was asked for, a skill to add
 * was asked for, or the help list.
 */
import { expect, it } from "vitest";
import { quickReplies as chips, offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test.
const RESUME = `Lena Okafor
lena.okafor@example.org | Leeds, UK

EXPERIENCE
Junior DevOps Engineer, Brightwater Energy, Leeds — 2022 to Present
- Containerised six internal services with Docker and moved their builds to Jenkins
- Wrote Ansible playbooks for the test servers

EDUCATION
BSc Computer Science, University of Leeds, 2018 - 2021

SKILLS
Docker, Jenkins, Ansible, Linux, Bash`;

describeEachDatabase("honest answers to misstating pay, degrees, skills, titles (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "honest");

  it("a skill they lack: the close skills they have, a learning plan, nothing added", async () => {
    const p = await bed.person(textAttachment("lena.txt", RESUME));
    const r = await p.say("can I say I know Kubernetes when I don't");
    expect(r.tools).toEqual([]);
    expect(r.text).toMatch(/Don't say you know Kubernetes/);
    expect(r.text).toMatch(/you have Docker.* close to Kubernetes/);
    expect(chips(r).map((c) => c.text)).toContain("make me a roadmap");
    const skills = await p.say("show my skills");
    expect(JSON.stringify(skills.parts)).not.toMatch(/Kubernetes/);
  });

  it("pay: their stated expectation as the range, no other figure, nothing saved", async () => {
    const p = await bed.person(textAttachment("lena.txt", RESUME));
    await p.say("My salary expectation is at least 52000 GBP");
    const r = await p.say("can I lie about my salary");
    expect(r.tools).toEqual([]);
    expect(r.text).toMatch(/Don't misstate your current or past pay/);
    expect(r.text).toContain("52,000 GBP");
    expect(r.text.replace("52,000", "").match(/\d/g)).toBeNull();
    expect(chips(r).map((c) => c.text)).toContain("how do I negotiate my salary?");
  });

  it("a degree and a title, also in Spanish and German: what they really have", async () => {
    const p = await bed.person(textAttachment("lena.txt", RESUME));
    const degree = await p.say("should I fake a degree on my resume");
    expect(degree.tools).toEqual([]);
    expect(degree.text).toMatch(/Don't claim a degree/);
    expect(degree.text).toContain("BSc");
    expect(degree.text).toContain("University of Leeds");
    const title = await p.say("inflate my job title?");
    expect(title.tools).toEqual([]);
    expect(title.text).toMatch(/Keep the title you really had/);
    expect(title.text).toContain("Junior DevOps Engineer at Brightwater Energy");
    const spanish = await p.say("¿puedo mentir sobre mi salario?");
    expect(spanish.tools).toEqual([]);
    expect(spanish.text).toMatch(/Don't misstate your current or past pay/);
    const german = await p.say("soll ich einen Abschluss erfinden?");
    expect(german.tools).toEqual([]);
    expect(german.text).toMatch(/Don't claim a degree/);
  });
});
