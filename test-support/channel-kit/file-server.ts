/**
 * A platform's file host on 127.0.0.1: serves the files a test puts there, only with the
 * right bearer token. A wrong or missing token gets what real platforms send: an HTML
 * sign-in page with status 200. Counts requests, so a test can show a refused file was
 * never downloaded.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FileServer {
  url: string;
  /** Publishes bytes; returns the URL. `lie` sends no Content-Length (chunked). */
  put(name: string, bytes: Uint8Array, options?: { contentType?: string; chunked?: boolean }): string;
  requests: number;
  close(): Promise<void>;
}

const SIGN_IN_PAGE =
  "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Sign in to your workspace</form></body></html>";

export async function startFileServer(options: { token?: string } = {}): Promise<FileServer> {
  const files = new Map<string, { bytes: Uint8Array; contentType: string; chunked: boolean }>();
  const state = { requests: 0 };
  const server: Server = createServer((req, res) => {
    state.requests++;
    const file = files.get(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname.slice(7)));
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(SIGN_IN_PAGE);
      return;
    }
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    if (file.chunked) {
      res.writeHead(200, { "content-type": file.contentType });
      for (let i = 0; i < file.bytes.length; i += 64 * 1024) res.write(file.bytes.subarray(i, i + 64 * 1024));
      res.end();
      return;
    }
    res
      .writeHead(200, { "content-type": file.contentType, "content-length": file.bytes.length })
      .end(file.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    put(name, bytes, opts = {}) {
      files.set(name, {
        bytes,
        contentType: opts.contentType ?? "application/octet-stream",
        chunked: opts.chunked ?? false,
      });
      return `${url}/files/${encodeURIComponent(name)}`;
    },
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
