/** Job-title words in one comparable form: "Sr. Front-End Devs" -> ["senior", "front", "end", "developer"]. */

/** Everyday spellings people use for parts of job titles. */
const WORD_FORMS = new Map<string, string>(
  Object.entries({
    dev: "developer",
    devs: "developer",
    eng: "engineer",
    engr: "engineer",
    mgr: "manager",
    ops: "operations",
    sr: "senior",
    jr: "junior",
    frontend: "front end",
    backend: "back end",
    fullstack: "full stack",
    sw: "software",
    admin: "administrator",
    sysadmin: "systems administrator",
    qa: "quality assurance",
    ux: "user experience",
    ui: "user interface",
    hr: "human resources",
    ml: "machine learning",
    ai: "artificial intelligence",
  }),
);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export function titleWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(/[a-z0-9+#]+/g) ?? []) {
    const form = WORD_FORMS.get(raw);
    if (form) out.push(...form.split(" "));
    else out.push(stem(raw));
  }
  return out;
}
