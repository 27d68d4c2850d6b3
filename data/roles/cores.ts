/**
 * The core asks of common described titles (data/roles/role-cores.json, built by
 * `npm run build:role-cores` from scripts/taxonomy/curated/role-cores*.ts, checked against
 * the taxonomy and O*NET's technology flags). A described "data analyst" asks SQL, a
 * spreadsheet, a BI tool and statistics — what the field's hiring managers check first —
 * instead of every technology O*NET's postings name (Azure, SAP).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { jsonFileOnce } from "../json-file-once.ts";

export interface CoreAsk {
  /** The skill, or the kind's own taxonomy node ("business-intelligence"). */
  skillId: string;
  /** Any one of these meets the ask too (the kind's tools, or "Python or R"'s other language). */
  alternatives: string[];
  /** Set for a kind of tool ("BI tool"): shown as "BI tool (such as Tableau, Power BI)". */
  toolKind?: string;
  /** A kind's tools in the order the field names them (the examples shown). */
  tools?: string[];
  kind: "required" | "preferred";
  /** The occupation's O*NET technologies this ask covers, with their flags ("SQL (hot, in demand)"). */
  onet: string[];
}

export interface RoleCore {
  /** The title as curated ("data analyst"). */
  title: string;
  /** The O*NET occupation the role finder picks for it. */
  occupation: string;
  asks: CoreAsk[];
}

export interface RoleCores {
  version: 1;
  builtFrom: string[];
  /** By title words (data/roles/title-words.ts, joined by spaces). */
  cores: Record<string, RoleCore>;
}

export const ROLE_CORES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "role-cores.json");

export const getRoleCores = jsonFileOnce<RoleCores>(ROLE_CORES_FILE);
