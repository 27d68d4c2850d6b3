/**
 * Role profiles (data/roles/roles.json, built from O*NET by `npm run build:taxonomy`).
 * Which occupation a description names ("I want to be a data engineer", "RN") is the job
 * tools' role finder (tools/jobs/role-finder.ts), the one every front end uses; which
 * occupation free ad text or a held title is about, by meaning, is the occupation reader
 * (tools/jobs/occupation-reader.ts, over occupation-centroids.json built from these titles).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CareerCraftError } from "../errors.ts";
import type { CompiledRoles, JobZone, RoleProfile } from "./types.ts";

export { titleWords } from "./title-words.ts";
export type { CompiledRoles, EducationLevel, JobZone, RoleProfile, RoleTitle } from "./types.ts";

export const ROLES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "roles.json");

export class RoleCatalog {
  readonly roles: RoleProfile[];
  readonly zones: Record<number, JobZone>;

  constructor(compiled: CompiledRoles) {
    this.roles = compiled.roles;
    this.zones = compiled.zones;
  }

  get(code: string): RoleProfile | undefined {
    return this.roles.find((r) => r.code === code);
  }
}

let singleton: RoleCatalog | undefined;

export function getRoles(): RoleCatalog {
  singleton ??= loadRoles(ROLES_FILE);
  return singleton;
}

export function loadRoles(file: string): RoleCatalog {
  let compiled: CompiledRoles;
  try {
    compiled = JSON.parse(readFileSync(file, "utf8")) as CompiledRoles;
  } catch (cause) {
    throw new CareerCraftError(
      "config",
      "The role profiles data file is missing or damaged; run `npm run build:taxonomy`.",
      {
        cause,
        details: { file },
      },
    );
  }
  if (compiled?.version !== 1 || !Array.isArray(compiled.roles)) {
    throw new CareerCraftError("corrupt_input", "The role profiles data file has an unknown format.", {
      details: { file },
    });
  }
  return new RoleCatalog(compiled);
}
