/**
 * POST /api/uploads: one resume file as multipart/form-data (field "file"). The size
 * limit is enforced while streaming (busboy), the type is decided from the bytes, never
 * from the name or the browser's claim, and the file waits (owned by the caller) until
 * the widget sends it with a chat message as an attachment.
 */
import busboy from "busboy";
import type { Request, Response } from "express";
import { CareerCraftError } from "../../../data/errors.ts";
import { detectDocumentKind } from "../../../tools/resume/extract/detect-type.ts";
import type { DocumentKind } from "../../../tools/resume/types.ts";
import type { WebContext } from "../context.ts";
import { authenticate } from "../http/auth.ts";

export const UPLOAD_TYPES: Record<DocumentKind, { mimeType: string; extension: string }> = {
  pdf: { mimeType: "application/pdf", extension: "pdf" },
  docx: {
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
  png: { mimeType: "image/png", extension: "png" },
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
  webp: { mimeType: "image/webp", extension: "webp" },
  text: { mimeType: "text/plain", extension: "txt" },
};

export interface ReceivedFile {
  filename: string;
  bytes: Buffer;
}

export function uploadRoute(ctx: WebContext) {
  return async (req: Request, res: Response) => {
    const caller = await authenticate(ctx, req, "action");
    if (!req.is("multipart/form-data")) {
      throw new CareerCraftError(
        "unsupported_type",
        'Send the file as multipart/form-data in a field named "file".',
      );
    }
    const declared = Number(req.get("content-length") ?? 0);
    // Refuse an obviously oversize body before reading it (multipart adds a little framing).
    if (declared > ctx.maxUploadBytes + 64 * 1024) {
      res.setHeader("Connection", "close");
      throw tooLarge(ctx.maxUploadBytes);
    }

    const file = await receiveOneFile(req, ctx.maxUploadBytes);
    // Throws a 415 that names what the file really is (a program, an archive, ...).
    const kind = detectDocumentKind(file.bytes);
    const type = UPLOAD_TYPES[kind];
    const filename =
      file.filename.replace(/[\\/\u0000-\u001f]/g, "_").slice(-200) || `resume.${type.extension}`;
    const uploadId = await ctx.store.saveUpload(caller.key, {
      filename,
      mimeType: type.mimeType,
      size: file.bytes.length,
      bytes: file.bytes,
    });
    res.status(201).json({ uploadId, filename, mimeType: type.mimeType, size: file.bytes.length });
  };
}

/** Reads the one file of a multipart body, refusing it past maxBytes while it streams. */
export function receiveOneFile(req: Request, maxBytes: number): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1024 },
      });
    } catch {
      reject(new CareerCraftError("validation", "The upload is not valid multipart/form-data."));
      return;
    }
    let received: ReceivedFile | undefined;
    let failure: CareerCraftError | undefined;
    parser.on("file", (field, stream, info) => {
      if (field !== "file" || received) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => {
        failure = tooLarge(maxBytes);
      });
      stream.on("close", () => {
        received = { filename: info.filename || "resume", bytes: Buffer.concat(chunks) };
      });
    });
    parser.on("filesLimit", () => {
      failure ??= new CareerCraftError("validation", "Upload one file at a time.");
    });
    parser.on("error", () =>
      reject(
        new CareerCraftError("validation", "The upload was cut off or is not valid multipart/form-data."),
      ),
    );
    parser.on("close", () => {
      if (failure) return reject(failure);
      if (!received)
        return reject(
          new CareerCraftError("validation", 'No file received: send it in a field named "file".'),
        );
      if (received.bytes.length === 0)
        return reject(new CareerCraftError("validation", "The file is empty."));
      resolve(received);
    });
    req.on("aborted", () => reject(new CareerCraftError("validation", "The upload was cancelled.")));
    req.pipe(parser);
  });
}

export function tooLarge(maxBytes: number): CareerCraftError {
  const mb = (maxBytes / (1024 * 1024)).toFixed(maxBytes % (1024 * 1024) === 0 ? 0 : 1);
  return new CareerCraftError(
    "too_large",
    `That file is larger than ${mb} MB. Upload a smaller file (a PDF export of your resume is usually well under 1 MB).`,
  );
}
