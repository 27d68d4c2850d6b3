/**
 * Found trying the CLI as a warehouse supervisor: "stats pls" with nothing tracked answered
 * "0 applications so far: response rate –%, interview rate –%, offer rate –%." No rates
 * exist yet; the reply says how to start instead.
 */
import { expect, it } from "vitest";
import { toolReply } from "./replies-tools.ts";

it("says there is nothing to count yet instead of '–%' rates", () => {
  const none = toolReply(
    "application_stats",
    { total: 0, responseRate: null, interviewRate: null, offerRate: null },
    {},
    "s",
  );
  expect(none).not.toMatch(/–%/);
  expect(none).toMatch(/no applications/i);
  const some = toolReply(
    "application_stats",
    { total: 4, responseRate: 50, interviewRate: 25, offerRate: 0 },
    {},
    "s",
  );
  expect(some).toBe("4 applications so far: response rate 50%, interview rate 25%, offer rate 0%.");
});
