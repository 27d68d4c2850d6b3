/**
 * Microsoft Teams on 127.0.0.1 for tests, one HTTP server playing three parts:
 *  - the identity provider: OpenID metadata and JWKS for a local RSA signing key, and
 *    `token()` to sign what the Bot Connector would send (tests make bad ones too);
 *  - the Entra auth sidecar the SDK asks for the bot's own outbound token
 *    (`/AuthorizationHeaderUnauthenticated/{service}`), signed by the same key;
 *  - the Bot Connector at the activities' serviceUrl: send, reply, update and create
 *    conversations, refusing calls without the bot's token, keeping every conversation's
 *    activities with updates applied and logging each call; it also keeps images pasted
 *    into chats (`/v3/attachments/{id}/views/original`, read only with the bot's token);
 *  - OneDrive upload sessions for the file-consent flow (`uploadSession()` is what Teams
 *    puts in a fileConsent/invoke; PUTs with Content-Range assemble the file).
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from "jose";

export interface ConnectorActivity {
  id: string;
  conversationId: string;
  type: string;
  text?: string;
  attachments?: { contentType: string; content?: unknown; contentUrl?: string; name?: string }[];
  updates: number;
  raw: Record<string, unknown>;
}

export interface ConnectorCall {
  method: string;
  path: string;
  status: number;
  at: number;
}

export interface TeamsStandIn {
  url: string;
  /** The authority the bot validates tokens against (`${url}/${tenant}`). */
  authority: string;
  issuer: string;
  tenantId: string;
  /** Signs a Bot Connector token; `key: "other"` signs with a key the JWKS does not hold (same kid). */
  token(claims: {
    aud: string;
    expiresIn?: string | number;
    key?: "ours" | "other";
    serviceUrl?: string;
  }): Promise<string>;
  activities(conversationId: string): ConnectorActivity[];
  calls: ConnectorCall[];
  /** Conversations the bot created (proactive 1:1), by user id. */
  created: Map<string, string>;
  /** Keeps an image as the connector keeps a pasted one; its URL needs the bot's token. */
  putAttachment(bytes: Uint8Array, contentType: string): string;
  /** A OneDrive upload session for a file the person allowed (the invoke's uploadInfo). */
  uploadSession(name: string): {
    uploadUrl: string;
    contentUrl: string;
    name: string;
    uniqueId: string;
    fileType: string;
  };
  /** The next connector call whose body matches `body` is refused with `status` (an outage). */
  failNext(body: RegExp, status: number): void;
  /** The bytes uploaded to a session once it is complete, by uniqueId; the PUTs it took. */
  uploaded(uniqueId: string): { bytes?: Uint8Array; puts: number };
  close(): Promise<void>;
}

const KID = "standin-key-1";

export async function startTeamsStandIn(options: { tenantId?: string } = {}): Promise<TeamsStandIn> {
  const tenantId = options.tenantId ?? randomUUID();
  const ours = await generateKeyPair("RS256");
  const other = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(ours.publicKey)), kid: KID, use: "sig", alg: "RS256" };
  const jwks = createLocalJWKSet({ keys: [jwk] });
  const conversations = new Map<string, ConnectorActivity[]>();
  const created = new Map<string, string>();
  const calls: ConnectorCall[] = [];
  const attachments = new Map<string, { bytes: Uint8Array; contentType: string }>();
  const failures: { body: RegExp; status: number }[] = [];
  const sessions = new Map<string, { chunks: Buffer[]; received: number; puts: number; done?: Uint8Array }>();
  let url = "";
  const issuer = () => `${url}/${tenantId}/v2.0`;

  const sign = async (
    claims: Record<string, unknown>,
    aud: string,
    expiresIn: string | number,
    key: CryptoKey,
  ): Promise<string> =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: KID, typ: "JWT" })
      .setIssuer(issuer())
      .setAudience(aud)
      .setIssuedAt(
        Math.floor(Date.now() / 1000) - (typeof expiresIn === "number" && expiresIn < 0 ? 7200 : 0),
      )
      .setExpirationTime(
        typeof expiresIn === "number" ? Math.floor(Date.now() / 1000) + expiresIn : expiresIn,
      )
      .sign(key);

  const list = (id: string) => {
    let l = conversations.get(id);
    if (!l) {
      l = [];
      conversations.set(id, l);
    }
    return l;
  };

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    if (body === undefined) res.writeHead(status).end();
    else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };

  async function json(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    return text ? JSON.parse(text) : {};
  }

  /** The connector only takes calls carrying the bot's token for the Bot Framework audience. */
  async function authorized(req: IncomingMessage): Promise<boolean> {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!token) return false;
    try {
      await jwtVerify(token, jwks, { issuer: issuer(), audience: "https://api.botframework.com" });
      return true;
    } catch {
      return false;
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<number> {
    const method = req.method ?? "GET";
    if (path === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      send(res, 200, {
        issuer: issuer(),
        jwks_uri: `${url}/${tenantId}/discovery/v2.0/keys`,
        id_token_signing_alg_values_supported: ["RS256"],
      });
      return 200;
    }
    if (path === `/${tenantId}/discovery/v2.0/keys`) {
      send(res, 200, { keys: [jwk] });
      return 200;
    }
    if (path === "/healthz") {
      send(res, 200, { status: "ok" });
      return 200;
    }
    if (path.startsWith("/AuthorizationHeaderUnauthenticated/")) {
      const token = await sign({ appid: "bot" }, "https://api.botframework.com", "1h", ours.privateKey);
      send(res, 200, { authorizationHeader: `Bearer ${token}` });
      return 200;
    }
    const upload = /^\/onedrive\/upload\/([^/]+)$/.exec(path);
    if (upload && method === "PUT") {
      const session = sessions.get(upload[1]!);
      const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers["content-range"] ?? ""));
      if (!session || !range || session.done) {
        send(res, session ? 400 : 404, { error: { code: "invalidRange" } });
        return session ? 400 : 404;
      }
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = Buffer.concat(chunks);
      const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
      if (start !== session.received || body.length !== end - start + 1) {
        send(res, 416, { error: { code: "invalidRange" } });
        return 416;
      }
      session.chunks.push(body);
      session.received += body.length;
      session.puts++;
      if (session.received < total) {
        send(res, 202, { nextExpectedRanges: [`${session.received}-`] });
        return 202;
      }
      session.done = new Uint8Array(Buffer.concat(session.chunks));
      send(res, 201, { id: upload[1], size: total });
      return 201;
    }
    if (!path.startsWith("/v3/")) {
      send(res, 404, { error: `no route ${method} ${path}` });
      return 404;
    }
    if (!(await authorized(req))) {
      send(res, 401, {
        error: { code: "Unauthorized", message: "Authorization has been denied for this request." },
      });
      return 401;
    }
    const image = /^\/v3\/attachments\/([^/]+)\/views\/original$/.exec(path);
    if (image && method === "GET") {
      const kept = attachments.get(image[1]!);
      if (!kept) {
        send(res, 404, { error: { code: "NotFound" } });
        return 404;
      }
      res.writeHead(200, { "content-type": kept.contentType }).end(Buffer.from(kept.bytes));
      return 200;
    }
    let m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (m && method === "POST") {
      const body = await json(req);
      const failing = failures.findIndex((f) => f.body.test(JSON.stringify(body)));
      if (failing >= 0) {
        const { status } = failures.splice(failing, 1)[0]!;
        send(res, status, { error: { code: "ServiceError", message: "stand-in outage" } });
        return status;
      }
      const activity: ConnectorActivity = {
        id: randomUUID(),
        conversationId: m[1]!,
        type: String(body.type),
        text: body.text as string | undefined,
        attachments: body.attachments as ConnectorActivity["attachments"],
        updates: 0,
        raw: body,
      };
      list(m[1]!).push(activity);
      send(res, 201, { id: activity.id });
      return 201;
    }
    if (m && method === "PUT" && m[2]) {
      const body = await json(req);
      const activity = list(m[1]!).find((a) => a.id === m![2]);
      if (!activity) {
        send(res, 404, { error: { code: "NotFound", message: "activity not found" } });
        return 404;
      }
      activity.text = body.text as string | undefined;
      activity.attachments = body.attachments as ConnectorActivity["attachments"];
      activity.raw = body;
      activity.updates++;
      send(res, 200, { id: activity.id });
      return 200;
    }
    m = /^\/v3\/conversations$/.exec(path);
    if (m && method === "POST") {
      const body = (await json(req)) as { members?: { id: string }[] };
      const user = body.members?.[0]?.id ?? "unknown";
      let id = created.get(user);
      if (!id) {
        id = `a:${randomUUID()}`;
        created.set(user, id);
      }
      send(res, 201, { id });
      return 201;
    }
    send(res, 404, { error: `no route ${method} ${path}` });
    return 404;
  }

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    route(req, res, path)
      .then((status) => calls.push({ method: req.method ?? "GET", path, status, at: Date.now() }))
      .catch((error) => {
        calls.push({ method: req.method ?? "GET", path, status: 500, at: Date.now() });
        if (!res.headersSent) send(res, 500, { error: String(error) });
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    authority: `${url}/${tenantId}`,
    get issuer() {
      return issuer();
    },
    tenantId,
    token: ({ aud, expiresIn = "10m", key = "ours", serviceUrl }) =>
      sign(
        { ...(serviceUrl ? { serviceurl: serviceUrl } : {}), tid: undefined },
        aud,
        expiresIn,
        key === "ours" ? ours.privateKey : other.privateKey,
      ),
    activities: (id) => list(id),
    calls,
    created,
    putAttachment(bytes, contentType) {
      const id = randomUUID();
      attachments.set(id, { bytes, contentType });
      return `${url}/v3/attachments/${id}/views/original`;
    },
    uploadSession(name) {
      const uniqueId = randomUUID();
      sessions.set(uniqueId, { chunks: [], received: 0, puts: 0 });
      return {
        uploadUrl: `${url}/onedrive/upload/${uniqueId}`,
        contentUrl: `${url}/onedrive/files/${encodeURIComponent(name)}`,
        name,
        uniqueId,
        fileType: name.split(".").pop() ?? "",
      };
    },
    failNext(body, status) {
      failures.push({ body, status });
    },
    uploaded(uniqueId) {
      const session = sessions.get(uniqueId);
      return { ...(session?.done ? { bytes: session.done } : {}), puts: session?.puts ?? 0 };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
