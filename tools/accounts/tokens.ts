/**
 * Access tokens are short-lived JWTs (HS256, jose) naming the user and their login
 * session; refresh tokens are random strings whose SHA-256 alone is stored, each good
 * for one use. Link tokens are JWTs naming a channel identity, spendable once.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { CareerCraftError } from "../../data/errors.ts";

/** jose loads on the first token, not at start-up (the service starts without signing anything). */
const jose = () => import("jose");

const ISSUER = "careercraft";
const ACCESS_AUDIENCE = "careercraft-api";
const LINK_AUDIENCE = "careercraft-link";

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export interface LinkClaims {
  channel: string;
  externalId: string;
  jti: string;
  expiresAt: Date;
}

const keyOf = (secret: string) => new TextEncoder().encode(secret);

export async function signAccessToken(
  secret: string,
  claims: AccessClaims,
  ttlSeconds: number,
  now: Date,
): Promise<string> {
  const { SignJWT } = await jose();
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(ACCESS_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(keyOf(secret));
}

export async function verifyAccessToken(secret: string, token: string, now: Date): Promise<AccessClaims> {
  const { errors, jwtVerify } = await jose();
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: ACCESS_AUDIENCE,
      algorithms: ["HS256"],
      currentDate: now,
    });
    if (typeof payload.sub !== "string" || typeof payload.sid !== "string") throw new Error("claims");
    return { userId: payload.sub, sessionId: payload.sid };
  } catch (error) {
    if (error instanceof errors.JWTExpired)
      throw new CareerCraftError(
        "unauthorized",
        "Your access token has expired. Get a new one from POST /api/users/refresh/.",
      );
    throw new CareerCraftError("unauthorized", "The access token is not valid. Log in again.");
  }
}

export function newRefreshToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export async function signLinkToken(
  secret: string,
  identity: { channel: string; externalId: string },
  ttlSeconds: number,
  now: Date,
): Promise<string> {
  const { SignJWT } = await jose();
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ ch: identity.channel, ext: identity.externalId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(ISSUER)
    .setAudience(LINK_AUDIENCE)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(keyOf(secret));
}

export async function verifyLinkToken(secret: string, token: string, now: Date): Promise<LinkClaims> {
  const { errors, jwtVerify } = await jose();
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: LINK_AUDIENCE,
      algorithms: ["HS256"],
      currentDate: now,
    });
    const { ch, ext, jti, exp } = payload;
    if (typeof ch !== "string" || typeof ext !== "string" || typeof jti !== "string" || !exp)
      throw new Error("claims");
    return { channel: ch, externalId: ext, jti, expiresAt: new Date(exp * 1000) };
  } catch (error) {
    if (error instanceof errors.JWTExpired)
      throw new CareerCraftError("unauthorized", "That link has expired. Ask for a new one in the chat.");
    throw new CareerCraftError("unauthorized", "That link is not valid. Ask for a new one in the chat.");
  }
}
