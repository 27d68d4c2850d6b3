/**
 * Handing a person a file in Teams (their data export, a report): Teams lets a bot put a
 * file in someone's OneDrive only after they press "Allow" on a FileConsentCard, and only
 * in the personal chat. So the file waits in the database (any instance may receive the
 * answer; an hour at most) and the card goes to the personal chat — opened first when the
 * file was asked for in a channel or group chat, where a note says where it went.
 */
import { randomUUID } from "node:crypto";
import type { TeamsFileOffersRepository } from "../../../data/repositories/teams-file-offers.ts";
import type { ConversationRef, OutboundFile } from "../../core/adapter.ts";
import type { TeamsApi } from "../api/teams-api.ts";
import { describeFile, fileConsentCard } from "../format/file-cards.ts";
import { teamsText } from "../format/text.ts";

/** An unanswered offer is dropped after this: nothing the person did not take lingers. */
export const FILE_OFFER_TTL_MS = 60 * 60_000;

export class FileOffers {
  constructor(
    private readonly api: TeamsApi,
    private readonly offers: TeamsFileOffersRepository,
    private readonly ttlMs = FILE_OFFER_TTL_MS,
  ) {}

  async offer(ref: ConversationRef, file: OutboundFile): Promise<void> {
    const externalId = ref.extra?.externalId;
    if (!externalId || !ref.user)
      throw new Error("Offering a Teams file needs the person it is for (ref.user and extra.externalId).");
    let personal = ref;
    if (ref.extra?.conversationType !== "personal") {
      const conversation = await this.api.createDirect(ref);
      personal = {
        ...ref,
        conversation,
        thread: undefined,
        extra: { ...ref.extra, conversationType: "personal" },
      };
    }
    const id = randomUUID();
    await this.offers.offer({
      id,
      externalId,
      conversationId: personal.conversation,
      filename: file.filename,
      mimeType: file.mimeType,
      content: file.bytes,
      ttlMs: this.ttlMs,
    });
    try {
      await this.api.send(personal, {
        type: "message",
        textFormat: "markdown",
        text: teamsText(
          `Here is ${file.filename}. Press **Allow** and I'll save it to your OneDrive and post it here.`,
        ),
        attachments: [
          fileConsentCard({
            id,
            filename: file.filename,
            bytes: file.bytes.byteLength,
            description: describeFile(file.filename, file.bytes.byteLength),
          }),
        ],
      });
    } catch (error) {
      // The card never arrived: nothing may wait for an answer that cannot come.
      await this.offers.withdraw(id).catch(() => undefined);
      throw error;
    }
    if (personal !== ref)
      await this.api.send(ref, {
        type: "message",
        textFormat: "markdown",
        text: teamsText(`I've sent ${file.filename} to our personal chat: files only go there.`),
      });
  }
}
