/**
 * Tokenizer shared by the offline embedder and the pack builder, so the words looked up
 * at run time are exactly the words the pack was built for. Keeps tech spellings such as
 * "c++", "c#", "node.js" and "ci/cd" together because they carry the meaning of a query.
 */
const TOKEN = /[a-z0-9][a-z0-9+#]*(?:[./-][a-z0-9+#]+)*/g;

export function tokenize(text: string): string[] {
  const lower = text.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'");
  const out: string[] = [];
  for (const match of lower.matchAll(TOKEN)) {
    const token = match[0];
    out.push(token);
    // "full-stack" / "ci/cd" / "node.js": also emit the parts so each can be looked up.
    if (/[./-]/.test(token)) for (const part of token.split(/[./-]+/)) if (part) out.push(part);
  }
  return out;
}

/** Function words that carry no topic; skipped when averaging word vectors. */
export const STOPWORDS = new Set(
  (
    "a an the and or but if then so of to in on at by for with from into onto about over under as is are was " +
    "were be been being am do does did doing have has had having i me my mine you your yours he she it its we " +
    "us our they them their this that these those there here what which who whom whose when where why how " +
    "can could would should will shall may might must not no nor just very too also than up down out off " +
    "again further once all any both each few more most other some such only own same s t don't i'm i've " +
    "let's let get got give tell ask asked asking question questions interview interviews please want need " +
    "like kind sort thing things something"
  ).split(/\s+/),
);

export function contentTokens(text: string): string[] {
  return tokenize(text).filter((t) => !STOPWORDS.has(t));
}
