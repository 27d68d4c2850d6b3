/**
 * New-user trial 2026-12-06: "I turned down the Rippling offer" was read as an offer again
 * ("This application is already marked offer"), so a declined offer could not be recorded.
 * Declining an offer is withdrawing (tools/applications/status.ts). Messages written for this test.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const ctx = { focus: { hasProfile: true }, attachments: [], available: new Set(TOOL_NAMES) };
const statusOf = async (text: string) =>
  (await understand(text, ctx)).calls.find((c) => c.name === "update_application_status")?.args.status;

it("records a declined offer as withdrawn, and an offer made as an offer", async () => {
  expect(await statusOf("I turned down the Rippling offer")).toBe("withdrawn");
  expect(await statusOf("i declined the offer from shopify")).toBe("withdrawn");
  expect(await statusOf("said no to the Canva job offer, pay was too low")).toBe("withdrawn");
  expect(await statusOf("rippling offered me 150k base")).toBe("offer");
  expect(await statusOf("I accepted the offer at Stripe")).toBe("accepted");
  expect(await statusOf("rechacé la oferta de Mercadona")).toBe("withdrawn");
});
