/**
 * A licence ask met by a licence of its kind (data/licences/licence-kinds.json), whatever the
 * spelling or language: "Valid UK driving licence" by "Driver's License" or "Führerschein
 * Klasse B"; "commercial driver's license" by "CDL Class A" (a kind below it); never by a
 * licence of another kind that reads alike ("Forklift license" for "Driver's license": 0.63 by
 * cosine, which had met it). An ask that names no known kind is left to held-credential.ts.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { type LicenceKind, licenceKinds, normaliseLicenceText } from "../../data/licences/licence-kinds.ts";
import type { EvidenceLine } from "./evidence.ts";
import { LAPSED, placeAgrees } from "./held-credential.ts";

const byId = () => new Map(licenceKinds().map((k) => [k.id, k]));

function ancestorsOf(kind: LicenceKind, kinds: Map<string, LicenceKind>): Set<string> {
  const out = new Set<string>();
  const queue = [...(kind.parents ?? [])];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (out.has(id)) continue;
    out.add(id);
    queue.push(...(kinds.get(id)?.parents ?? []));
  }
  return out;
}

/**
 * The kinds of licence a text names, the most particular only ("CDL class A" is class A, not
 * also "commercial driving"). Holder titles ("Registered Nurse") count where `holders` says so:
 * in a title or a certificate, not in a bullet about working beside nurses.
 */
export function licenceKindsIn(text: string, holders: boolean): string[] {
  const said = ` ${normaliseLicenceText(text)} `;
  const kinds = byId();
  const named = licenceKinds().filter((k) =>
    [...k.names, ...(holders ? (k.holders ?? []) : [])].some((n) => said.includes(` ${n} `)),
  );
  const above = new Set(named.flatMap((k) => [...ancestorsOf(k, kinds)]));
  return named.filter((k) => !above.has(k.id)).map((k) => k.id);
}

/** Whether a licence of kind `held` is one of kind `asked`: the same kind or one below it. */
export function licenceMeets(held: string, asked: string): boolean {
  const kinds = byId();
  const kind = kinds.get(held);
  return held === asked || (kind !== undefined && ancestorsOf(kind, kinds).has(asked));
}

/** Line sources where a holder's title shows the licence (a headline, a summary, a certificate). */
const HOLDER_SOURCES = new Set<EvidenceLine["source"]>(["title", "summary", "certification"]);

/**
 * The licence held for an ask of a known kind: `{ quote }` with the line that shows every kind
 * asked, `{}` when the ask's kind is not shown, undefined when the ask names no known kind.
 */
export function licenceOfKind(
  askText: string,
  profile: ProfileSnapshot,
  lines: EvidenceLine[],
): { quote?: string } | undefined {
  const asked = licenceKindsIn(askText, true);
  if (asked.length === 0) return undefined;
  const candidates = [
    ...profile.certifications
      .filter((c) => c.name.trim().length > 0 && !c.inProgress)
      .map((c) => ({ text: [c.name, c.issuer].filter(Boolean).join(", "), holders: true })),
    ...lines
      .filter((l) => l.source !== "language")
      .map((l) => ({ text: l.text, holders: HOLDER_SOURCES.has(l.source) })),
  ].filter((h) => !LAPSED.test(h.text));
  const ofKind = (ask: string) =>
    candidates.filter((h) => licenceKindsIn(h.text, h.holders).some((k) => licenceMeets(k, ask)));
  const quotes: string[] = [];
  for (const ask of asked) {
    const shown = ofKind(ask);
    // A licence line for another place ("Registered Nurse, Florida Board of Nursing" for an Ohio
    // ask) says which place the person holds it for: a headline naming none does not outweigh it.
    if (shown.some((h) => !placeAgrees(askText, h.text))) return {};
    const quote = shown.find((h) => placeAgrees(askText, h.text));
    if (!quote) return {};
    quotes.push(quote.text);
  }
  return { quote: quotes[0] };
}
