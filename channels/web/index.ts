export type { WebSettings } from "./context.ts";
export { createWebChannel, type WebChannelOptions } from "./create-web-channel.ts";
export { type SiteIdentityClaims, signSiteIdentity } from "./session/site-identity.ts";
