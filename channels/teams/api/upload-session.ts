/**
 * Putting a file's bytes at the upload URL Teams hands over when the person allows a
 * file (a OneDrive upload session: pre-authorised, so no token goes with it). The
 * session takes byte ranges with `Content-Range`; fragments are multiples of 320 KiB
 * as OneDrive requires, so files past one fragment go up in several PUTs. The session
 * answers 202 for a fragment it kept and 200/201 once the file is whole.
 */

/** 12 x 320 KiB (OneDrive wants fragment sizes in multiples of 320 KiB, under 60 MiB). */
export const UPLOAD_FRAGMENT_BYTES = 12 * 320 * 1024;

export class UploadFailed extends Error {
  constructor(readonly status: number) {
    super(`The upload session answered ${status}.`);
  }
}

export async function uploadToSession(
  uploadUrl: string,
  bytes: Uint8Array,
  options: { fragmentBytes?: number; timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<void> {
  const fragment = options.fragmentBytes ?? UPLOAD_FRAGMENT_BYTES;
  const doFetch = options.fetchImpl ?? fetch;
  const total = bytes.byteLength;
  if (total === 0) throw new Error("An empty file cannot be uploaded.");
  for (let start = 0; start < total; start += fragment) {
    const end = Math.min(start + fragment, total);
    const res = await doFetch(uploadUrl, {
      method: "PUT",
      headers: {
        "content-type": "application/octet-stream",
        // fetch sets Content-Length from the fragment itself.
        "content-range": `bytes ${start}-${end - 1}/${total}`,
      },
      body: bytes.slice(start, end),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    await res.body?.cancel().catch(() => undefined);
    const last = end >= total;
    if (last ? res.status !== 200 && res.status !== 201 : res.status !== 202)
      throw new UploadFailed(res.status);
  }
}
