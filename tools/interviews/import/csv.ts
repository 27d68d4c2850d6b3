/**
 * A small RFC 4180 CSV reader: quoted fields with commas, doubled quotes and line breaks,
 * CRLF or LF, and semicolon-separated files (what Excel writes in many European locales).
 */
import { CareerCraftError } from "../../../data/errors.ts";

export interface CsvTable {
  header: string[];
  /** Each record with the 1-based line it started on. */
  records: { line: number; fields: string[] }[];
}

export function parseCsv(text: string): CsvTable {
  const delimiter = sniffDelimiter(text);
  const rows: { line: number; fields: string[] }[] = [];
  let field = "";
  let fields: string[] = [];
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.length === 0) inQuotes = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.some((f) => f.trim() !== "")) rows.push({ line: rowLine, fields });
      fields = [];
      field = "";
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (inQuotes) {
    throw new CareerCraftError(
      "corrupt_input",
      `The CSV has a quote opened on line ${rowLine} that is never closed.`,
    );
  }
  fields.push(field);
  if (fields.some((f) => f.trim() !== "")) rows.push({ line: rowLine, fields });
  if (rows.length === 0) throw new CareerCraftError("validation", "The CSV file has no rows.");
  const [header, ...records] = rows;
  return { header: header!.fields.map((h) => h.trim()), records };
}

function sniffDelimiter(text: string): "," | ";" {
  const newline = text.search(/\r?\n/);
  const firstLine = newline < 0 ? text : text.slice(0, newline);
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}
