/**
 * The shared chat-platform scenario every adapter runs (Slack, Discord, Teams, and the
 * kit itself on a recording stand-in): upload a resume, name a dream job, analyse,
 * make a roadmap, tick an item by its button, record an application, and receive the
 * follow-up reminder proactively, then answer it by button. A platform supplies a
 * driver that speaks its real protocol to its stand-in servers and reads back what the
 * bot posted as ScenarioMessages; the steps and checks are the same for all.
 */
import { expect } from "vitest";
import type { InboundAction } from "../../contract/conversation.ts";
import { oneColumnPdf } from "../fixtures/resume/index.ts";
import { waitFor } from "../wait.ts";

export interface ScenarioButton {
  label: string;
  /** Decoded from the platform's button value; undefined for a button that is not ours. */
  action?: InboundAction;
}

/** A bot message as the person finally sees it (edits applied). */
export interface ScenarioMessage {
  text: string;
  buttons: ScenarioButton[];
  /** Names of files uploaded with/as this message (charts). */
  files: string[];
}

export interface ScenarioFile {
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ScenarioDriver {
  /** Sends a direct message as the person; resolves when the bot has finished answering. */
  send(text: string, file?: ScenarioFile): Promise<void>;
  /** Presses a button on one of the bot's messages; resolves when answered. */
  press(button: ScenarioButton): Promise<void>;
  /** Everything the bot has posted to the person so far, oldest first. */
  messages(): Promise<ScenarioMessage[]>;
}

export interface ScenarioResult {
  /** Wall time of each turn from send to answered, in ms. */
  turnMs: number[];
}

const all = (messages: ScenarioMessage[]) =>
  messages.map((m) => `${m.text}\n${m.buttons.map((b) => b.label).join(" ")}`).join("\n---\n");

async function newMessages(driver: ScenarioDriver, seen: number): Promise<ScenarioMessage[]> {
  return (await driver.messages()).slice(seen);
}

export async function runChannelScenario(
  driver: ScenarioDriver,
  options: { reminderTimeoutMs?: number } = {},
): Promise<ScenarioResult> {
  const turnMs: number[] = [];
  let seen = 0;
  const turn = async (act: () => Promise<void>) => {
    const t0 = performance.now();
    await act();
    turnMs.push(performance.now() - t0);
    const fresh = await newMessages(driver, seen);
    seen += fresh.length;
    return fresh;
  };

  // 1. The resume, as a PDF file.
  const upload = await turn(() =>
    driver.send("here is my resume", {
      filename: "resume.pdf",
      mimeType: "application/pdf",
      bytes: new Uint8Array(oneColumnPdf()),
    }),
  );
  expect(all(upload)).toMatch(/skill/i);

  // 2. The dream job, 3. the analysis as a score card.
  await turn(() => driver.send("I want to be a data engineer"));
  const analysis = await turn(() => driver.send("am I a fit?"));
  expect(all(analysis)).toMatch(/\b(FIT|UNFIT)\b/);
  expect(all(analysis)).toMatch(/confidence/i);

  // 4. The roadmap, with a button per item.
  const roadmap = await turn(() => driver.send("make me a roadmap"));
  const done = roadmap
    .flatMap((m) => m.buttons)
    .find((b) => b.action?.type === "roadmap_item" && b.action.done);
  expect(done, `no "Done" button in:\n${all(roadmap)}`).toBeDefined();
  const itemId = (done!.action as Extract<InboundAction, { type: "roadmap_item" }>).itemId;

  // 5. Tick the item by its button: the agent acts on the id and shows it done.
  const ticked = await turn(() => driver.press(done!));
  expect(all(ticked)).toMatch(/marked|done|progress/i);
  const undo = ticked
    .flatMap((m) => m.buttons)
    .find((b) => b.action?.type === "roadmap_item" && b.action.itemId === itemId && !b.action.done);
  expect(undo, `item ${itemId} not shown done in:\n${all(ticked)}`).toBeDefined();

  // 6. An application sent 8 days ago: its follow-up is due now.
  const beforeTracking = seen;
  const tracked = await turn(() =>
    driver.send("I applied to Acme Data for the data engineer role 8 days ago"),
  );
  expect(all(tracked)).toMatch(/Acme Data/);

  // 7. The reminder arrives on its own, as rich content with answer buttons.
  const reminder = await waitFor(
    async () =>
      // The job may fire while the tracking turn is still being answered: look from its start.
      (await newMessages(driver, beforeTracking)).find((m) =>
        m.buttons.some((b) => b.action?.type === "application_status"),
      ),
    options.reminderTimeoutMs ?? 15_000,
    "the follow-up reminder",
  ).catch(async (error) => {
    throw new Error(`${error.message}; the person saw:\n${all(await driver.messages())}`);
  });
  seen = (await driver.messages()).length;
  expect(reminder.text + all([reminder])).toMatch(/Acme Data/);
  const heard = reminder.buttons.find(
    (b) => b.action?.type === "application_status" && b.action.status === "phone_screen",
  )!;
  const answered = await turn(() => driver.press(heard));
  expect(all(answered)).toMatch(/phone screen/i);
  return { turnMs };
}
