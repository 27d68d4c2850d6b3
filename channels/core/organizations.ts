/**
 * A platform workspace (Slack team, Teams tenant, Discord guild) belongs to a career
 * centre only when the operator says so in configuration (ORGANIZATION_MAP). Nothing a
 * platform sends (a team name, a domain) ever creates or picks an organisation, so a
 * stranger's workspace cannot join a school by naming itself after it.
 */
export type OrganizationMap = ReadonlyMap<string, string>;

/** "slack:T0123=state-u, teams:<tenant-id>=state-u" -> {"slack:T0123" => "state-u", ...} */
export function parseOrganizationMap(entries: readonly string[]): OrganizationMap {
  const map = new Map<string, string>();
  for (const entry of entries) {
    const match = /^([a-z]+):([^=\s]+)=([a-z0-9][a-z0-9-]{0,99})$/.exec(entry.trim());
    if (!match) throw new Error(`"${entry}" is not platform:workspace=organization-slug`);
    map.set(`${match[1]}:${match[2]}`, match[3]!);
  }
  return map;
}

export function organizationFor(
  map: OrganizationMap,
  platform: string,
  workspace: string | undefined,
): string | undefined {
  return workspace ? map.get(`${platform}:${workspace}`) : undefined;
}
