import { describe, expect, it } from "vitest";
import { identityOf, issueSession, verifySession } from "./session-token.ts";
import { signPayload, verifyPayload } from "./signing.ts";
import { signSiteIdentity, verifySiteIdentity } from "./site-identity.ts";

const SECRET = "unit-test-secret";

describe("signed tokens", () => {
  it("round-trips a payload and rejects any change to it or its signature", () => {
    const token = signPayload(SECRET, { a: 1 });
    expect(verifyPayload(SECRET, token)).toEqual({ a: 1 });
    const [body, mac] = token.split(".");
    const otherBody = Buffer.from(JSON.stringify({ a: 2 })).toString("base64url");
    for (const bad of [
      `${otherBody}.${mac}`,
      `${body}.${mac!.slice(1)}`,
      `${body}.`,
      body!,
      "",
      "a.b.c",
      `${body}.${mac}x`,
    ]) {
      expect(verifyPayload(SECRET, bad)).toBeUndefined();
    }
    expect(verifyPayload("other-secret", token)).toBeUndefined();
  });
});

describe("session tokens", () => {
  it("gives an anonymous visitor a random identity of their own", () => {
    const a = issueSession(SECRET);
    const b = issueSession(SECRET);
    expect(identityOf(verifySession(SECRET, a.token))).toEqual({
      channel: "web",
      externalId: `anon:${a.session.sid}`,
    });
    expect(a.session.sid).not.toBe(b.session.sid);
  });

  it("turns a site user into the same identity whatever the session", () => {
    const user = { sub: "u-1", name: "Ada", org: "state-u" };
    const one = identityOf(issueSession(SECRET, user).session);
    const two = identityOf(issueSession(SECRET, user).session);
    expect(one).toEqual(two);
    expect(one).toEqual({
      channel: "web",
      externalId: "site:state-u:u-1",
      displayName: "Ada",
      organization: "state-u",
    });
  });

  it("refuses missing, forged and expired tokens with 401 errors that say what to do", () => {
    const expired = issueSession(SECRET, undefined, Date.now() - 181 * 86400_000).token;
    for (const token of [undefined, "junk", issueSession("x").token, expired]) {
      try {
        verifySession(SECRET, token);
        expect.unreachable();
      } catch (error) {
        expect((error as { status: number }).status).toBe(401);
        expect((error as Error).message).toMatch(/reload the page/i);
      }
    }
  });
});

describe("site identities", () => {
  const now = Date.now();
  const exp = Math.floor(now / 1000) + 600;

  it("accepts what the site signed and lower-cases the organization", () => {
    const token = signSiteIdentity("site", { sub: "42", name: "Ada", org: "State-U", exp });
    expect(verifySiteIdentity("site", token, now)).toEqual({ sub: "42", name: "Ada", org: "state-u" });
  });

  it("refuses a wrong signature, an expired one and one valid for more than a day", () => {
    expect(() => verifySiteIdentity("site", signSiteIdentity("other", { sub: "42", exp }), now)).toThrow(
      /signature/,
    );
    expect(() =>
      verifySiteIdentity("site", signSiteIdentity("site", { sub: "42", exp: exp - 3600 }), now),
    ).toThrow(/expired/);
    expect(() =>
      verifySiteIdentity("site", signSiteIdentity("site", { sub: "42", exp: exp + 2 * 86400 }), now),
    ).toThrow(/24 hours/);
    expect(() => verifySiteIdentity(undefined, "x.y", now)).toThrow(/SITE_IDENTITY_SECRET/);
  });
});
