import { CONVERSATION_CHANNELS } from '@rapport/data-access';

/** What a refresh run does; stored with its BatchRun so `--resume` continues with the same settings. */
export interface RefreshParams {
  mode: 'full' | 'incremental';
  /** Incremental mode: customers changed at or after this instant (ISO). */
  changedSince?: string;
  /** The run's "now" (ISO): CLV calibration end and decision time; fixed so a resumed run agrees. */
  now: string;
  chunkSize: number;
  /** Outbound channels to decide for. */
  channels: string[];
  /** Recommendations kept per customer and channel. */
  topN: number;
  /** How long batch recommendations stay valid. */
  ttlDays: number;
  /** Compute and count, write nothing. */
  dryRun: boolean;
  /** Restrict to a customer-id range (exclusive lower bound, inclusive upper bound). */
  fromId?: string;
  toId?: string | null;
}

export const DEFAULT_OUTBOUND_CHANNELS = ['email', 'sms', 'app', 'whatsapp'];

export const DEFAULT_REFRESH_PARAMS: Omit<RefreshParams, 'now'> = {
  mode: 'full',
  chunkSize: 500,
  channels: DEFAULT_OUTBOUND_CHANNELS,
  topN: 3,
  ttlDays: 7,
  dryRun: false,
};

/** Per-step counters recorded in BatchRun.counts. */
export interface RefreshCounts {
  customers: number;
  /** Batch decisions written: one per customer × channel. */
  decisions: number;
  /** Recommendations inside those decisions. */
  recommendations: number;
  skipped: number;
  chunks: number;
  readMs: number;
  computeMs: number;
  writeMs: number;
}

export function emptyCounts(): RefreshCounts {
  return { customers: 0, decisions: 0, recommendations: 0, skipped: 0, chunks: 0, readMs: 0, computeMs: 0, writeMs: 0 };
}

export function addCounts(into: RefreshCounts, more: RefreshCounts): RefreshCounts {
  // `?? 0`: counts stored by an older version may lack a newer counter.
  for (const key of Object.keys(into) as Array<keyof RefreshCounts>) into[key] += more[key] ?? 0;
  return into;
}

/**
 * Engine settings for batch runs. Batch recommendations record no impressions (nothing has been
 * shown yet), so the Monte-Carlo estimate of selection probabilities — a quarter of a decision's
 * cost — is skipped; real-time decisions in the gateway still estimate and log them.
 */
export const BATCH_ENGINE_OPTIONS = { selectionSamples: 0 } as const;

/**
 * A comma-separated channel list (`rapport refresh --channels`), each a known contact channel: a
 * typo would otherwise become a channel nobody is contacted on, whose recommendations the gateway
 * cannot show (its Channel enum has no such value).
 */
export function parseChannels(list: string): string[] {
  const channels = [
    ...new Set(
      list
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ];
  const known: readonly string[] = CONVERSATION_CHANNELS;
  const unknown = channels.filter((c) => !known.includes(c));
  if (unknown.length > 0)
    throw new Error(`unknown channel ${unknown.map((c) => `"${c}"`).join(', ')} (channels: ${known.join(', ')})`);
  if (channels.length === 0) throw new Error('name at least one channel');
  return channels;
}
