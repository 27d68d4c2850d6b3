/**
 * What a person's own pay figures say about a negotiation: where an offer sits in the band
 * they were given, a counter inside that band, the rise over what they earn now, and how
 * the offer meets the expectation they stored or the range the target ad states. Figures
 * are compared only when they are in the same currency (or one has none) and turned into
 * the same period; nothing is compared with market data, which the product does not hold.
 */
import { toYearly } from "../jobs/salary.ts";
import type { SalaryRange } from "../jobs/types.ts";
import type { OfferFigures } from "./offer-figures.ts";
import type { AdviceFacts } from "./types.ts";

export interface Comparison {
  /** The first figure's amount (a range's midpoint) as a share above (+) or below (-) the second. */
  rise: number;
}

export interface BandPosition {
  /** 0 at the band's bottom, 1 at its top (may fall outside). */
  share: number;
  midpoint: number;
  /** A counter inside the band: from its upper quarter to its top, rounded. */
  counter: [number, number];
}

export interface NegotiationReading {
  figures: OfferFigures;
  offerInBand?: BandPosition;
  askingInBand?: BandPosition;
  offerInAd?: BandPosition;
  /** The target ad's range, when the offer was read against it. */
  adPay?: SalaryRange;
  offerOverCurrent?: Comparison;
  askingOverCurrent?: Comparison;
  askingOverOffer?: Comparison;
  /** The offer against the stored floor: "below" or "meets". */
  offerVsExpectation?: "below" | "meets";
}

const point = (r: SalaryRange) => (r.max && r.min ? (r.min + r.max) / 2 : (r.min ?? r.max ?? 0));

/** The same currency (or one unknown): the only figures worth comparing. */
const comparable = (a: SalaryRange, b: SalaryRange) =>
  !a.currency || !b.currency || a.currency === b.currency;

/** A rounding step that keeps two or three significant figures ("165k", "26", "6.5 LPA"). */
function roundTo(n: number, top: number): number {
  const step = 5 * 10 ** (Math.floor(Math.log10(Math.max(top, 1))) - 2);
  return Math.round(n / step) * step;
}

function bandPosition(amount: SalaryRange, band: SalaryRange): BandPosition | undefined {
  if (!band.min || !band.max || band.max <= band.min || !comparable(amount, band)) return undefined;
  const value = toYearly(point(amount), amount.period) / toYearly(1, band.period);
  const width = band.max - band.min;
  const low = roundTo(band.min + 0.75 * width, band.max);
  return {
    share: (value - band.min) / width,
    midpoint: (band.min + band.max) / 2,
    counter: [Math.min(low, band.max), band.max],
  };
}

function over(a: SalaryRange, b: SalaryRange): Comparison | undefined {
  if (!comparable(a, b)) return undefined;
  const base = toYearly(point(b), b.period);
  return base > 0 ? { rise: toYearly(point(a), a.period) / base - 1 } : undefined;
}

export function readNegotiation(
  figures: OfferFigures,
  expectation: AdviceFacts["expectation"],
  adPay: SalaryRange | undefined,
): NegotiationReading {
  const { band, current, asking } = figures;
  // An offer said without a currency is in the ad's ("22 an hour" against "$21-$27 per hour").
  const offer =
    figures.offer && !figures.offer.currency && adPay?.currency
      ? { ...figures.offer, currency: adPay.currency }
      : figures.offer;
  const reading: NegotiationReading = { figures: { ...figures, ...(offer ? { offer } : {}) } };
  if (offer && band) reading.offerInBand = bandPosition(offer, band);
  if (asking && band) reading.askingInBand = bandPosition(asking, band);
  const inAd = offer && !band && adPay ? bandPosition(offer, adPay) : undefined;
  if (inAd && adPay) Object.assign(reading, { offerInAd: inAd, adPay });
  if (offer && current) reading.offerOverCurrent = over(offer, current);
  if (asking && current) reading.askingOverCurrent = over(asking, current);
  if (asking && offer) reading.askingOverOffer = over(asking, offer);
  const floor = expectation?.salaryMin ?? expectation?.salaryTarget;
  if (offer && floor !== undefined) {
    const stored: SalaryRange = {
      min: floor,
      period: expectation?.salaryPeriod ?? "year",
      text: "",
      ...(expectation?.salaryCurrency ? { currency: expectation.salaryCurrency } : {}),
    };
    const cmp = over(offer, stored);
    if (cmp) reading.offerVsExpectation = cmp.rise < 0 ? "below" : "meets";
  }
  return reading;
}
