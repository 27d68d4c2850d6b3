/**
 * Which of an occupation's technologies belong to its field. O*NET's "Hot Technology" flag
 * is about job postings across ALL occupations (Google Docs, Windows, Apache Spark are hot
 * for nurses too), so it cannot say what a role requires. A tool's commodity class that is
 * concentrated in the occupation's SOC major group (medical software among healthcare
 * occupations, CRM among sales, CAD among engineers) is the field's own; a class spread over
 * every group (word processing, project management) is not. Measured as lift:
 * P(major group | commodity class) / P(major group), over occupations listing any technology.
 */
export const FIELD_TOOL_LIFT = 1.5;

const majorGroup = (code: string) => code.slice(0, 2);

export function commodityLift(
  technology: Record<string, string>[],
): (code: string, commodity: string) => number {
  const occupationsOfClass = new Map<string, Set<string>>();
  const occupations = new Set<string>();
  for (const r of technology) {
    const code = r["O*NET-SOC Code"];
    const cls = r["Commodity Title"];
    occupations.add(code);
    if (!occupationsOfClass.has(cls)) occupationsOfClass.set(cls, new Set());
    occupationsOfClass.get(cls)!.add(code);
  }
  const inGroup = new Map<string, number>();
  for (const code of occupations) inGroup.set(majorGroup(code), (inGroup.get(majorGroup(code)) ?? 0) + 1);
  return (code, commodity) => {
    const listing = occupationsOfClass.get(commodity);
    if (!listing || listing.size === 0) return 0;
    const group = majorGroup(code);
    let same = 0;
    for (const c of listing) if (majorGroup(c) === group) same++;
    return same / listing.size / ((inGroup.get(group) ?? 0) / occupations.size);
  };
}

/**
 * How many OTHER occupations of the same detailed field (SOC minor group, "11-2" for
 * advertising, marketing and sales managers) list a tool, and how many occupations that
 * group has. A commodity class can be the field's own while one example in it is not:
 * O*NET lists Apache Hive and Cassandra (database software, concentrated among managers)
 * for Marketing Managers and for no other marketing or sales occupation, while HubSpot,
 * Marketo and Google Analytics are listed by its siblings too.
 */
const minorGroup = (code: string) => code.slice(0, 4);

export function siblingListing(
  technology: Record<string, string>[],
): (code: string, example: string) => SiblingCounts {
  return listingBy(technology, "Example");
}

export interface SiblingCounts {
  /** Other occupations of the minor group that list it. */
  siblings: number;
  groupSize: number;
  /** Occupations listing it at all. */
  listers: number;
}

function listingBy(
  technology: Record<string, string>[],
  column: "Example" | "Commodity Title",
): (code: string, value: string) => SiblingCounts {
  const listers = new Map<string, Set<string>>();
  const groupMembers = new Map<string, Set<string>>();
  for (const r of technology) {
    const code = r["O*NET-SOC Code"];
    const value = r[column];
    if (!listers.has(value)) listers.set(value, new Set());
    listers.get(value)!.add(code);
    if (!groupMembers.has(minorGroup(code))) groupMembers.set(minorGroup(code), new Set());
    groupMembers.get(minorGroup(code))!.add(code);
  }
  return (code, value) => {
    let siblings = 0;
    for (const c of listers.get(value) ?? [])
      if (c !== code && minorGroup(c) === minorGroup(code)) siblings++;
    return {
      siblings,
      groupSize: groupMembers.get(minorGroup(code))?.size ?? 1,
      listers: listers.get(value)?.size ?? 0,
    };
  };
}

/**
 * How central a tool is to an occupation, for ordering gaps of equal severity: the share of
 * its field (SOC minor group, itself included) that lists the tool, times how specific the
 * tool is (log of all occupations over the occupations listing it). HubSpot for a marketing
 * manager is listed by every marketing and sales manager and by 18 occupations in all; Adobe
 * Acrobat by every one of them too but by 165 occupations, so HubSpot is the more central.
 */
export function toolCentrality(
  listing: { siblings: number; groupSize: number; listers: number },
  occupations: number,
): number {
  const share = (listing.siblings + 1) / Math.max(1, listing.groupSize);
  const specificity = Math.log(occupations / Math.max(1, listing.listers));
  return Math.round(Math.min(1, share) * Math.max(0, specificity) * 100) / 100;
}

/**
 * The same counts for a commodity class instead of one example: how many occupations of the
 * occupation's minor group (itself included) list any tool of the class, the group's size, and
 * how many occupations list the class at all. CRM software is listed by every sales and
 * marketing manager and by 17% of all occupations; development environments by 2 of the 5 and
 * by 22% of all: CRM is the sales manager's kind of tool, an IDE is not.
 */
export function commodityListing(
  technology: Record<string, string>[],
): (code: string, commodity: string) => SiblingCounts {
  return listingBy(technology, "Commodity Title");
}
