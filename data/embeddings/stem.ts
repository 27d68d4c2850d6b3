/**
 * A deliberately small suffix stripper (not a full Porter stemmer): enough to make
 * "deploying", "deployed" and "deploys" share a feature in the offline embedder.
 */
export function crudeStem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("sses")) return w.slice(0, -2);
  if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith("es") && /(sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  // "running" -> "runn" -> "run"
  if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
