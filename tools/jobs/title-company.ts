/**
 * A head line that names the employer after the title: "UX Designer (Medior) — Fietsly B.V.",
 * "Data Analyst | Acme Inc". The trailing piece is the company when it ends in a legal form
 * (B.V., GmbH, Inc, Ltd, ...) or when it is the company the ad names elsewhere; the title is
 * the role alone, so the saved job reads "UX Designer (Medior) at Fietsly", not
 * "UX Designer (Medior) — Fietsly B.V. at Fietsly".
 */

const LEGAL_FORM =
  /(?:^|\s)(?:B\.?V\.?|N\.?V\.?|GmbH|gGmbH|AG|SE|KG|Inc\.?|Ltd\.?|Limited|LLC|LLP|L\.?P\.?|plc|PLC|S\.?A\.?|SAS|S\.?r\.?l\.?|S\.?L\.?|Oy|AB|ASA?|ApS|A\/S|Pty(?: Ltd\.?)?|Corp\.?|Corporation|Co\.)$/;

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether a piece names the company: the same words at its start ("Fietsly B.V." / "Fietsly"). */
function namesCompany(piece: string, company: string | undefined): boolean {
  if (LEGAL_FORM.test(piece.trim())) return true;
  if (!company) return false;
  const p = words(piece);
  const c = words(company);
  if (p.length === 0 || c.length === 0) return false;
  const [short, long] = p.length <= c.length ? [p, c] : [c, p];
  return short.every((w, i) => long[i] === w);
}

export interface TitleAndCompany {
  title: string;
  /** The piece cut from the title, when the ad named no company otherwise. */
  company?: string;
}

/** The title without a trailing company piece, and that piece. */
export function splitTitleCompany(title: string, company: string | undefined): TitleAndCompany {
  const seps = [...title.matchAll(/\s+(?:[-–—|•@]|at)\s+/g)];
  const last = seps.at(-1);
  if (!last || last.index === undefined) return { title };
  const head = title.slice(0, last.index).trim();
  const piece = title.slice(last.index + last[0].length).trim();
  if (words(head).length === 0 || !namesCompany(piece, company)) return { title };
  return { title: head, company: piece };
}
