/**
 * Found in a new-user trial (lead, 2026-12-03): after "I applied to Salesforce ..." and "they
 * invited me to an interview next tuesday", "remind me monday to prepare" answered "I don't track
 * an application to 'prepare'": the verb after "to" was taken for a company. What follows "to"
 * in a reminder is what to do; the reminder is for the application in focus unless the message
 * names a tracked company or one after with/about/for.
 */
import { expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";

const inFocus = (text: string, tracked = ["Salesforce", "Gusto"]) =>
  planText(
    text,
    { hasProfile: true, application: { company: "Salesforce", position: "Regional Sales Manager" } },
    { tracked },
  );

it.each(["remind me monday to prepare"])("%s sets a reminder on the application in focus", async (text) => {
  const [call] = (await inFocus(text)).calls;
  expect(call).toMatchObject({ name: "set_reminder", args: { application: "Salesforce" } });
});

// trial13 (finding 9): a task that is not a follow-up keeps its words; it was turned into the
// focus application's follow-up ("I'll remind you to follow up with …"), the task lost.
it.each([
  ["remind me on friday to send a thank-you note", "send a thank-you note"],
  ["remind me tomorrow to practise my pitch", "practise your pitch"],
])("%s keeps the task said", async (text, task) => {
  const [call] = (await inFocus(text)).calls;
  expect(call).toMatchObject({ name: "set_reminder", args: { task } });
});

it.each([
  ["remind me to follow up w gusto on friday", "gusto"],
  ["remind me friday about my application to gusto", "Gusto"],
])("%s names another tracked application, which wins over the focus", async (text, company) => {
  const [call] = (await inFocus(text)).calls;
  expect(call?.name).toBe("set_reminder");
  expect(String(call?.args.application).toLowerCase()).toBe(company.toLowerCase());
});
