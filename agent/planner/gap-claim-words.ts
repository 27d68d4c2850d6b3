/**
 * The words after "why is X a gap? I've used Y a ton": how Y stands against X in the skill data
 * (tools/skills/claim-against-gap.ts), said plainly, and that the analysis moves only when the
 * person asks for it again (the claimed skill was recorded by add_skill in the same turn).
 */
import type { ClaimAgainstGap } from "../../tools/skills/claim-against-gap.ts";

const RERUN = ' Say "re-run the analysis" to see the scores with it.';

export function gapClaimWords(c: ClaimAgainstGap): string {
  switch (c.relation) {
    case "same":
      // "why is Outlook a gap, I used outlook for years": the skill itself, claimed.
      if (c.claimed.toLowerCase() === c.gap.toLowerCase())
        return ` You've used ${c.gap}, but it wasn't on your profile, so it didn't count. It's there now, so it counts next time.${RERUN}`;
      return ` ${c.claimed} is ${c.gap} by another name: it wasn't on your profile, so it didn't count. It's there now, so it counts next time.${RERUN}`;
    case "kind_of":
      return ` ${c.claimed} is a kind of ${c.gap}: it wasn't on your profile, so it didn't count. It's there now, so it meets this ask next time.${RERUN}`;
    case "related":
      return ` ${c.claimed} is related to ${c.gap}, and the analysis gives related skills part credit (${Math.round((c.credit ?? 0) * 100)}%), not the whole ask — so ${c.gap} stays a gap until you show ${c.gap} itself. ${c.claimed} is on your profile now.${RERUN}`;
    case "same_family":
      return ` ${c.claimed} and ${c.gap} are both ${c.family} skills, but they are different tools: the job asks for ${c.gap} itself, so ${c.claimed} doesn't count as it. ${c.claimed} is on your profile now and counts wherever the job asks for it.${RERUN}`;
    case "unrelated":
      return ` ${c.claimed} doesn't count as ${c.gap}: the skill data doesn't link the two. ${c.claimed} is on your profile now and counts wherever the job asks for it.${RERUN}`;
    case "unknown":
      return ` I don't know "${c.claimed}" as a skill, so I can't say how it stands against ${c.gap}.`;
  }
}
