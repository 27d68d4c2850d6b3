/**
 * A host site that knows its user (a career-center portal) signs who they are with the
 * shared SITE_IDENTITY_SECRET and hands the token to the widget (`data-identity`).
 * Format: `base64url(JSON {sub, name?, org?, exp}).base64url(HMAC-SHA256(secret, first part))`,
 * `exp` in Unix seconds and at most a day ahead, so a leaked token stops working soon.
 * `signSiteIdentity` is what a site's back end runs (documented in the README).
 */
import { z } from "zod";
import { CareerCraftError } from "../../../data/errors.ts";
import type { SiteUser } from "./session-token.ts";
import { signPayload, verifyPayload } from "./signing.ts";

const MAX_LIFETIME_SECONDS = 24 * 3600;

const siteIdentitySchema = z.object({
  sub: z.string().trim().min(1).max(200),
  name: z.string().trim().max(200).optional(),
  org: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/i)
    .optional(),
  exp: z.number().int(),
});

export type SiteIdentityClaims = z.infer<typeof siteIdentitySchema>;

export function signSiteIdentity(secret: string, claims: SiteIdentityClaims): string {
  return signPayload(secret, siteIdentitySchema.parse(claims));
}

export function verifySiteIdentity(secret: string | undefined, token: string, now = Date.now()): SiteUser {
  if (!secret) {
    throw new CareerCraftError(
      "forbidden",
      "This CareerCraft server does not accept site identities (SITE_IDENTITY_SECRET is not set).",
    );
  }
  const parsed = siteIdentitySchema.safeParse(verifyPayload(secret, token));
  if (!parsed.success)
    throw new CareerCraftError(
      "unauthorized",
      "The site identity is not valid: its signature does not match.",
    );
  const nowSeconds = Math.floor(now / 1000);
  if (parsed.data.exp <= nowSeconds)
    throw new CareerCraftError("unauthorized", "The site identity has expired; reload the page.");
  if (parsed.data.exp > nowSeconds + MAX_LIFETIME_SECONDS) {
    throw new CareerCraftError("unauthorized", "The site identity expires too far ahead (at most 24 hours).");
  }
  const { sub, name, org } = parsed.data;
  return { sub, ...(name ? { name } : {}), ...(org ? { org: org.toLowerCase() } : {}) };
}
