import { type PropensityModelReport } from './propensity-model';

/** Which model reports to keep (see selectModelReports). */
export interface ModelReportFilter {
  offerId?: string | null;
  /** A channel name, or ALL_CHANNELS for the models that pool every channel. */
  channel?: string | null;
  /** Only models learned from at least this many outcomes. */
  minEvidence?: number;
}

/** The reports matching the filter, most evidence first (then by key, so the order is stable). */
export function selectModelReports(
  reports: readonly PropensityModelReport[],
  { offerId = null, channel = null, minEvidence = 0 }: ModelReportFilter = {},
): PropensityModelReport[] {
  return reports
    .filter(
      (model) =>
        model.evidence >= minEvidence &&
        (!offerId || model.offerId === offerId) &&
        (!channel || model.channel === channel),
    )
    .sort((a, b) => b.evidence - a.evidence || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
