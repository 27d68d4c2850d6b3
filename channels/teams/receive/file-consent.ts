/**
 * The person's answer to a FileConsentCard (`fileConsent/invoke`, its token validated on
 * the same path as every activity). Allow: the offered bytes go to the upload URL Teams
 * gives (the person's OneDrive), then the file info card is posted so they can open it.
 * Decline: they are told, and the offer is dropped. Either way the offer is taken first
 * (deleted as it is read), so a second press, or a press after the offer expired, finds
 * nothing and is told so; an answer naming another person's offer is refused and leaves
 * that offer to its owner.
 */
import type { TurnContext } from "@microsoft/agents-hosting";
import type { Logger } from "../../../data/logger.ts";
import type { TeamsFileOffersRepository } from "../../../data/repositories/teams-file-offers.ts";
import { UploadFailed, uploadToSession } from "../api/upload-session.ts";
import { type ConsentContext, fileInfoCard, type UploadInfo } from "../format/file-cards.ts";
import { teamsText } from "../format/text.ts";
import { externalIdOf } from "./parse.ts";

export const FILE_CONSENT_INVOKE = "fileConsent/invoke";

export const FILE_OFFER_GONE_REPLY =
  "That file offer has expired or was already answered, so there is nothing to send. Ask me again and I'll offer it afresh.";
export const FILE_OFFER_NOT_YOURS_REPLY =
  "That file was offered to someone else, so I can't send it to you. Ask me yourself and you'll get your own.";
export const FILE_CONSENT_UNREADABLE_REPLY =
  "I couldn't read that answer to the file offer. Ask me again for the file.";

interface FileConsentValue {
  type: "fileUpload";
  action: "accept" | "decline";
  context?: Partial<ConsentContext>;
  uploadInfo?: Partial<UploadInfo>;
}

export const isFileConsentInvoke = (context: TurnContext) =>
  context.activity.type === "invoke" && context.activity.name === FILE_CONSENT_INVOKE;

const completeUpload = (u: Partial<UploadInfo> | undefined): u is UploadInfo =>
  !!u && [u.uploadUrl, u.contentUrl, u.name, u.uniqueId, u.fileType].every((v) => typeof v === "string" && v);

export async function answerFileConsent(
  context: TurnContext,
  deps: { offers: TeamsFileOffersRepository; logger: Logger },
): Promise<void> {
  const value = (context.activity.value ?? {}) as Partial<FileConsentValue>;
  const say = (text: string) =>
    context.sendActivity({ type: "message", textFormat: "markdown", text } as never);
  // Teams shows an error on the card unless the invoke is answered 200.
  const status = (code: number) =>
    context.sendActivity({ type: "invokeResponse", value: { status: code } } as never);

  const offerId = value.context?.offer;
  const externalId = externalIdOf(context.activity);
  const action = value.action;
  if (typeof offerId !== "string" || !externalId || (action !== "accept" && action !== "decline")) {
    await say(FILE_CONSENT_UNREADABLE_REPLY);
    await status(400);
    return;
  }
  const taken = await deps.offers.take(offerId, externalId);
  if (taken.outcome === "not-yours") {
    deps.logger.warn({ offerId }, "a Teams file consent answer named someone else's offer");
    await say(FILE_OFFER_NOT_YOURS_REPLY);
    await status(403);
    return;
  }
  if (taken.outcome === "missing") {
    await say(FILE_OFFER_GONE_REPLY);
    await status(200);
    return;
  }
  const { offer } = taken;
  if (action === "decline") {
    await say(teamsText(`OK, I won't send ${offer.filename}. Ask me again whenever you want it.`));
    await status(200);
    return;
  }
  if (!completeUpload(value.uploadInfo)) {
    await say(teamsText(`Teams didn't say where to save ${offer.filename}. Ask me again for the file.`));
    await status(400);
    return;
  }
  const upload = value.uploadInfo;
  try {
    await uploadToSession(upload.uploadUrl, offer.content);
  } catch (error) {
    deps.logger.warn(
      { err: error, status: error instanceof UploadFailed ? error.status : undefined },
      "uploading a file to OneDrive failed",
    );
    await say(
      teamsText(
        `I couldn't save ${offer.filename} to your OneDrive just now. Ask me again in a minute for the file.`,
      ),
    );
    await status(200);
    return;
  }
  await context.sendActivity({ type: "message", attachments: [fileInfoCard(upload)] } as never);
  await status(200);
}
