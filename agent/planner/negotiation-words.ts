/**
 * Salary advice on the person's own figures (tools/advice/negotiation.ts): where the offer
 * sits in the band they were given and a counter inside it, the rise over what they earn
 * now, and the offer against their stated floor or the ad's range. Every figure said here
 * is one they gave or one computed from theirs; with no range to read, the words say where
 * to find one rather than naming a market rate.
 */

import type { BandPosition, NegotiationReading } from "../../tools/advice/negotiation.ts";
import type { SalaryRange } from "../../tools/jobs/types.ts";

/** "150k", "6.5 LPA", "25": amounts in the shape people say them. */
function money(n: number, r: Pick<SalaryRange, "currency" | "period">): string {
  if (r.currency === "INR" && r.period === "year" && n >= 100_000)
    return `${Number((n / 100_000).toFixed(2))} LPA`;
  const said = n >= 10_000 ? `${Number((n / 1000).toFixed(1))}k` : Number(n.toFixed(2)).toLocaleString("en");
  return r.currency && r.currency !== "INR" ? `${said} ${r.currency}` : said;
}

/** "140k-170k", "21-27 USD": the currency said once, after the range. */
function rangeWords(r: SalaryRange): string {
  if (!(r.min && r.max)) return money(r.min ?? r.max ?? 0, r);
  const bare = { ...r, currency: r.currency === "INR" ? "INR" : undefined };
  const code = r.currency && r.currency !== "INR" ? ` ${r.currency}` : "";
  return `${money(r.min, bare)}-${money(r.max, bare)}${code}`;
}

const percent = (rise: number) => `${Math.round(Math.abs(rise) * 100)}%`;

function placeIn(p: BandPosition): string {
  if (p.share < 0) return "below the bottom of";
  if (p.share > 1) return "above the top of";
  if (p.share < 0.45) return "in the lower half of";
  if (p.share <= 0.55) return "at the middle of";
  return p.share >= 0.75 ? "in the top quarter of" : "in the upper half of";
}

function offerAgainst(p: BandPosition, offer: SalaryRange, band: SalaryRange, whose: string): string {
  const said = `The offer of ${rangeWords(offer)} is ${placeIn(p)} ${whose} ${rangeWords(band)}`;
  if (p.share >= 0.75)
    return `${said}: there is little room left in base pay, so ask once for the top (${money(band.max!, band)}) or for what else moves — a signing bonus, the start date, the title, a review after six months.`;
  return `${said} (midpoint ${money(p.midpoint, band)}). A counter of ${rangeWords({ ...band, min: p.counter[0], max: p.counter[1] })} stays inside that range and leaves them room to meet you above the offer.`;
}

/** The sentences for the figures the message gave, or [] when it gave none. */
export function negotiationSentences(n: NegotiationReading | undefined): string[] {
  if (!n) return [];
  const { offer, band, current, asking } = n.figures;
  const out: string[] = [];
  if (offer && band && n.offerInBand) out.push(offerAgainst(n.offerInBand, offer, band, "the band of"));
  else if (offer && n.offerInAd && n.adPay)
    out.push(offerAgainst(n.offerInAd, offer, n.adPay, "the ad's range of"));
  if (offer && current && n.offerOverCurrent) {
    const it = out.length ? "It" : `The offer of ${rangeWords(offer)}`;
    out.push(
      n.offerOverCurrent.rise >= 0
        ? `${it} is ${percent(n.offerOverCurrent.rise)} above the ${rangeWords(current)} you earn now.`
        : `${it} is ${percent(n.offerOverCurrent.rise)} below the ${rangeWords(current)} you earn now: say that plainly and ask them to match it at least.`,
    );
  }
  if (offer && asking && n.askingOverOffer)
    out.push(
      n.askingOverOffer.rise > 0
        ? `The ${rangeWords(asking)} you have in mind is ${percent(n.askingOverOffer.rise)} above their offer of ${rangeWords(offer)}: counter with it once, with what backs it.`
        : `Their offer of ${rangeWords(offer)} already meets the ${rangeWords(asking)} you had in mind.`,
    );
  if (asking && current && n.askingOverCurrent)
    out.push(
      `Asking ${rangeWords(asking)} is a ${percent(n.askingOverCurrent.rise)} ${n.askingOverCurrent.rise >= 0 ? "rise on" : "cut from"} the ${rangeWords(current)} you earn now.`,
    );
  if (asking && band && n.askingInBand)
    out.push(
      `${rangeWords(asking)} is ${placeIn(n.askingInBand)} the range of ${rangeWords(band)} they gave.`,
    );
  if (asking && !offer && !band)
    out.push(
      "I hold no market pay data, so check the role's range in your city on two or three salary sites or ask the recruiter for the band; then ask for a figure in its upper half and be ready to say why.",
    );
  if (n.offerVsExpectation === "below")
    out.push("The offer is below the minimum you told me: tell them the figure you need and what backs it.");
  if (offer && !band && !n.offerInAd && !asking)
    out.push(
      "Ask the recruiter for the role's band before you counter: a counter inside a known range is easier to win.",
    );
  return out;
}
