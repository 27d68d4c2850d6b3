/**
 * The time without a role a profile shows, for advice on explaining a career gap (trial F10.5:
 * a returner who said "I took 5 years off" got resume layout advice). The break since the last
 * role ended when none is current, else the longest gap between two roles; six months or more
 * only (shorter is no gap worth explaining).
 */
const monthIndex = (date: string | undefined): number | undefined => {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? "");
  return m ? Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0) : undefined;
};

interface Role {
  title?: string;
  start?: string;
  end?: string;
  current?: boolean;
}

export function careerBreak(
  roles: readonly Role[],
  now: Date,
): { months: number; before?: string; ongoing: boolean } | undefined {
  const dated = roles
    .map((r) => ({
      title: r.title,
      start: monthIndex(r.start),
      end: r.current ? undefined : monthIndex(r.end),
      current: r.current,
    }))
    .filter((r) => r.start !== undefined)
    .sort((a, b) => a.start! - b.start!);
  if (dated.length === 0) return undefined;
  const today = now.getUTCFullYear() * 12 + now.getUTCMonth();
  let best: { months: number; before?: string; ongoing: boolean } | undefined;
  if (!dated.some((r) => r.current)) {
    const last = dated.reduce((a, b) => ((b.end ?? 0) > (a.end ?? 0) ? b : a));
    if (last.end !== undefined)
      best = { months: today - last.end, ...(last.title ? { before: last.title } : {}), ongoing: true };
  }
  let reach = dated[0]!.current ? today : (dated[0]!.end ?? dated[0]!.start!);
  let reachTitle = dated[0]!.title;
  for (const role of dated.slice(1)) {
    const gap = role.start! - reach;
    if (gap > (best?.months ?? 0))
      best = { months: gap, ...(reachTitle ? { before: reachTitle } : {}), ongoing: false };
    const end = role.current ? today : (role.end ?? role.start!);
    if (end > reach) {
      reach = end;
      reachTitle = role.title;
    }
  }
  return best && best.months >= 6 ? best : undefined;
}
