/**
 * One normalisation shared by the taxonomy build, `lookup` and the extractor, so that
 * "Node.js", "NodeJS", "node js" and "NODE-JS" all meet on the same key ("nodejs").
 *
 * Text is cut into word tokens (letters/digits, with a trailing "++", "+" or "#" kept
 * so C, C++ and C# stay apart, and a leading dot kept so ".NET" is not the word "net").
 * A phrase's key is its token keys joined with nothing between them, which is why
 * spacing, hyphens, dots and slashes never matter ("CI/CD" = "CICD" = "ci cd").
 */

export interface Token {
  /** The token as written. */
  text: string;
  /** Lowercased comparison key of this token alone. */
  key: string;
  start: number;
  end: number;
}

const TOKEN_RE = /(?:(?<![\p{L}\p{N}])\.(?=\p{L}))?[\p{L}\p{N}]+(?:\+\+|\+|#)?/gu;

export function tokenKey(text: string): string {
  const lower = text.toLowerCase();
  // ".net" -> "dotnet": a leading dot is a name (".NET"), not punctuation.
  return lower.startsWith(".") ? `dot${lower.slice(1)}` : lower;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    tokens.push({ text: m[0], key: tokenKey(m[0]), start, end: start + m[0].length });
  }
  return tokens;
}

/** Comparison key of a whole phrase ("Node.js" -> "nodejs", "C++" -> "c++"). */
/**
 * Words that end the name of a kind of software ("warehouse management system", "enterprise
 * resource planning", "electronic health records"): an acronym of such a name names the kind,
 * not one vendor's product (the taxonomy build and the resume skill filter both read it).
 */
export const KIND_OF_SOFTWARE_HEAD = /\b(?:system|systems|software|management|planning|records|platform)$/i;

export function normalizeKey(phrase: string): string {
  return tokenize(stripDiacritics(phrase))
    .map((t) => t.key)
    .join("");
}

/** Token keys of a phrase, used to know where a multi-word alias may be cut. */
export function phraseTokenKeys(phrase: string): string[] {
  return tokenize(stripDiacritics(phrase)).map((t) => t.key);
}

/** Word-level key: "CI/CD pipelines" -> "cicd pipelines" (glue removed inside words, one space between). */
export function spacedKey(phrase: string): string {
  return stripDiacritics(phrase)
    .split(/\s+/)
    .map((w) => normalizeKey(w))
    .filter((w) => w.length > 0)
    .join(" ");
}

export function stripDiacritics(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/** "Ruby on Rails" -> "ruby-on-rails": how new ids are made from names. */
export function slugify(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/\+\+/g, "pp")
    .replace(/#/g, "sharp")
    .replace(/^\./, "dot")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const VERSION_TAIL = /^(.*?[a-z+#])\s*[-_ ]?(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)*\s*(?:g|i|c)|xp|vista)$/i;

/**
 * "Oracle 10g" -> "Oracle", "PHP5" -> "PHP", "Drupal 7" -> "Drupal", "Windows XP" -> "Windows".
 * Returns null when there is no version tail to remove.
 */
export function stripVersion(phrase: string): string | null {
  const m = VERSION_TAIL.exec(phrase.trim());
  if (!m) return null;
  const stem = m[1].trim();
  // One letter glued to a number is a name of its own, not that letter's version: "R2" (a
  // Windows Server release), "D3" (the JavaScript library), "M68K" (a processor), "B2B".
  if (stem.length === 1 && !/[\s_-]/.test(phrase.trim().slice(1, 2))) return null;
  return stem.length > 0 && stem !== phrase.trim() ? stem : null;
}
