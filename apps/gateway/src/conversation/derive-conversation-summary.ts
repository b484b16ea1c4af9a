import { type ConversationEventEntity } from '@rapport/data-access';
import { MS_PER_DAY } from '@rapport/shared-util';
import {
  type Channel,
  type ChannelContactCount,
  type ConversationEventKind,
  type Mood,
  MoodTrend,
  type OpenTopic,
} from '@rapport/graphql-schema';

/*
 * The conversation's derived state, computed from the newest events. A deliberately small
 * version: the decisioning lib's deriveConversationState is the reference once it is published,
 * and the gateway should switch to it then (same inputs: events and now).
 */

/** No outbound selling within this many days of a complaint (or while one is open). */
export const QUIET_DAYS_AFTER_COMPLAINT = 14;
/** Sentiment difference (recent 30 days vs the 60 before) that counts as a trend. */
const TREND_THRESHOLD = 0.15;

export interface ConversationSummary {
  openTopics: OpenTopic[];
  mood: Mood;
  lastContactAt: Date | null;
  quietUntil: Date | null;
  contactCounts: ChannelContactCount[];
}

const OPENERS: Record<string, string> = { complaint: 'complaint_resolved', service_request: 'service_resolved' };
const CLOSERS: Record<string, string> = { complaint_resolved: 'complaint', service_resolved: 'service_request' };

/** `events` newest first (as the timeline loads them). */
export function deriveConversationSummary(events: readonly ConversationEventEntity[], now: Date): ConversationSummary {
  const open = new Map<string, OpenTopic>();
  let lastComplaintAt: Date | null = null;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    const topic = event.topic ?? event.kind;
    if (OPENERS[event.kind]) {
      const key = `${event.kind}|${topic}`;
      if (!open.has(key))
        open.set(key, {
          topic,
          kind: event.kind as ConversationEventKind,
          channel: event.channel as Channel,
          openedAt: event.occurredAt,
        });
      if (event.kind === 'complaint') lastComplaintAt = event.occurredAt;
    } else if (CLOSERS[event.kind]) {
      const opener = CLOSERS[event.kind];
      const key = `${opener}|${event.topic ?? opener}`;
      if (open.has(key)) open.delete(key);
      else {
        // A resolution without a matching topic closes the oldest open one of its kind.
        const oldest = [...open.keys()].find((k) => k.startsWith(`${opener}|`));
        if (oldest) open.delete(oldest);
      }
    }
  }

  const t = now.getTime();
  const recent: number[] = [];
  const earlier: number[] = [];
  const counts = new Map<string, ChannelContactCount>();
  for (const event of events) {
    const ageDays = (t - event.occurredAt.getTime()) / MS_PER_DAY;
    if (event.sentiment !== null && ageDays >= 0) {
      if (ageDays <= 30) recent.push(event.sentiment);
      else if (ageDays <= 90) earlier.push(event.sentiment);
    }
    if (ageDays >= 0 && ageDays <= 30) {
      const entry = counts.get(event.channel) ?? { channel: event.channel as Channel, last7Days: 0, last30Days: 0 };
      entry.last30Days++;
      if (ageDays <= 7) entry.last7Days++;
      counts.set(event.channel, entry);
    }
  }
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  const recentMean = mean(recent);
  const earlierMean = mean(earlier);
  let trend = MoodTrend.UNKNOWN;
  if (recentMean !== null && earlierMean !== null) {
    const delta = recentMean - earlierMean;
    trend =
      delta > TREND_THRESHOLD ? MoodTrend.IMPROVING : delta < -TREND_THRESHOLD ? MoodTrend.WORSENING : MoodTrend.STABLE;
  }

  let quietUntil: Date | null = null;
  if (lastComplaintAt) {
    const afterLast = lastComplaintAt.getTime() + QUIET_DAYS_AFTER_COMPLAINT * MS_PER_DAY;
    const complaintOpen = [...open.values()].some((o) => o.kind === 'complaint');
    const until = complaintOpen ? Math.max(afterLast, t + MS_PER_DAY) : afterLast;
    if (until > t) quietUntil = new Date(until);
  }

  return {
    openTopics: [...open.values()].sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime()),
    mood: { score: recentMean, trend },
    lastContactAt: events[0]?.occurredAt ?? null,
    quietUntil,
    contactCounts: [...counts.values()].sort(
      (a, b) => b.last30Days - a.last30Days || a.channel.localeCompare(b.channel),
    ),
  };
}
