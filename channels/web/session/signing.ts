/**
 * Compact signed tokens: `base64url(json).base64url(hmac-sha256)`. Used for the widget's
 * session token (our secret) and for identities a host site signs (the shared secret).
 * Verification is constant-time and never throws on garbage: it returns undefined so the
 * caller answers 401 without saying which part was wrong.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export function signPayload(secret: string, payload: object): string {
  const body = Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
  return `${body}.${mac(secret, body)}`;
}

export function verifyPayload(secret: string, token: string): unknown {
  if (typeof token !== "string" || token.length > 4096) return undefined;
  const dot = token.indexOf(".");
  if (dot <= 0 || dot !== token.lastIndexOf(".")) return undefined;
  const body = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), "base64url");
  const expected = Buffer.from(mac(secret, body), "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    return JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

function mac(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body).digest("base64url");
}
