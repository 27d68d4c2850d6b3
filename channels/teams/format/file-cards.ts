/**
 * The two Teams cards of the file-consent flow (a bot may not put a file in someone's
 * OneDrive without their "Allow"). Both are Teams' own card types, drawn by the Teams
 * client from these fields; they are not Adaptive Cards.
 *  - FileConsentCard: the file's name, size and a description, with Allow / Decline.
 *    Teams sends the press back as a `fileConsent/invoke` carrying our accept or
 *    decline context (the offer id) and, on Allow, where to upload the bytes.
 *  - File info card: the uploaded file, opened from the person's OneDrive.
 */
export const FILE_CONSENT_CONTENT_TYPE = "application/vnd.microsoft.teams.card.file.consent";
export const FILE_INFO_CONTENT_TYPE = "application/vnd.microsoft.teams.card.file.info";

/** What we put in the card's accept/decline context and Teams hands back. */
export interface ConsentContext {
  offer: string;
}

/** Where Teams says to put the file once the person allowed it (invoke value.uploadInfo). */
export interface UploadInfo {
  /** Pre-authorised upload session URL (OneDrive). */
  uploadUrl: string;
  /** Where the file will live once uploaded: the file info card points here. */
  contentUrl: string;
  /** The name Teams chose (it may add " (1)" when the person already has one). */
  name: string;
  uniqueId: string;
  fileType: string;
}

export function fileConsentCard(offer: { id: string; filename: string; bytes: number; description: string }) {
  const context: ConsentContext = { offer: offer.id };
  return {
    contentType: FILE_CONSENT_CONTENT_TYPE,
    name: offer.filename,
    content: {
      description: offer.description,
      sizeInBytes: offer.bytes,
      acceptContext: context,
      declineContext: context,
    },
  };
}

export function fileInfoCard(upload: UploadInfo) {
  return {
    contentType: FILE_INFO_CONTENT_TYPE,
    contentUrl: upload.contentUrl,
    name: upload.name,
    content: { uniqueId: upload.uniqueId, fileType: upload.fileType },
  };
}

/** The card's description: what the person is deciding on. */
export function describeFile(filename: string, bytes: number): string {
  const size = bytes < 1024 ? `${bytes} bytes` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${filename} (${size}) from CareerCraft. Allow it and Teams saves it in your OneDrive, then I'll post it here.`;
}
