/**
 * Feature names as template/value parts: "template=value", or the template alone when it has
 * no value. Kept apart from the tagger (sequence-perceptron.ts) because the labeller's feature
 * extractor builds parts and the tagger's warm path looks stored rows up by the same two parts;
 * both sides must agree on one way to join a name and split it back.
 */

/** The value of a feature that is only its template ("b", "title-word"). */
export const NO_VALUE = "";

/**
 * Feature parts -> names: [template, value, ...] -> "template=value", or the template alone
 * when it has no value. Templates hold no "=", so a name splits back at its first one.
 */
export function featureNames(parts: string[]): string[] {
  const names: string[] = [];
  for (let k = 0; k < parts.length; k += 2)
    names.push(parts[k + 1] === NO_VALUE ? parts[k]! : `${parts[k]}=${parts[k + 1]}`);
  return names;
}

/** Rows by template, then value, from feature names (row = index): each name split at its first "=". */
export function templateTables(names: readonly string[]): Map<string, Map<string, number>> {
  const tables = new Map<string, Map<string, number>>();
  names.forEach((name, row) => {
    const at = name.indexOf("=");
    const template = at < 0 ? name : name.slice(0, at);
    const value = at < 0 ? NO_VALUE : name.slice(at + 1);
    let table = tables.get(template);
    if (!table) {
      table = new Map();
      tables.set(template, table);
    }
    table.set(value, row);
  });
  return tables;
}
