import { type ConversationEventEntity } from '@rapport/data-access';
import { MoodTrend } from '@rapport/graphql-schema';
import { deriveConversationSummary } from './derive-conversation-summary';

const now = new Date('2026-03-01T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const event = (kind: string, ageDays: number, extra: Partial<ConversationEventEntity> = {}) =>
  ({
    kind,
    occurredAt: daysAgo(ageDays),
    channel: 'web',
    topic: null,
    sentiment: null,
    ...extra,
  }) as ConversationEventEntity;

describe('deriveConversationSummary', () => {
  it('keeps an unresolved complaint open and stays quiet while it is', () => {
    const summary = deriveConversationSummary(
      [
        event('inquiry', 1),
        event('complaint', 20, { topic: 'billing', channel: 'call_center' }),
        event('purchase', 40),
      ],
      now,
    );
    expect(summary.openTopics).toEqual([
      { topic: 'billing', kind: 'complaint', channel: 'call_center', openedAt: daysAgo(20) },
    ]);
    expect(summary.quietUntil!.getTime()).toBeGreaterThan(now.getTime());
    expect(summary.lastContactAt).toEqual(daysAgo(1));
  });

  it('closes a topic when it is resolved and ends the quiet period 14 days after the complaint', () => {
    const summary = deriveConversationSummary(
      [event('complaint_resolved', 2, { topic: 'billing' }), event('complaint', 5, { topic: 'billing' })],
      now,
    );
    expect(summary.openTopics).toEqual([]);
    expect(summary.quietUntil).toEqual(new Date(daysAgo(5).getTime() + 14 * 86_400_000));
  });

  it('reads the mood trend from recent versus earlier sentiment and counts contacts per channel', () => {
    const summary = deriveConversationSummary(
      [
        event('message', 3, { sentiment: 0.6, channel: 'app' }),
        event('message', 10, { sentiment: 0.4 }),
        event('message', 50, { sentiment: -0.5 }),
      ],
      now,
    );
    expect(summary.mood.trend).toBe(MoodTrend.IMPROVING);
    expect(summary.mood.score).toBeCloseTo(0.5);
    expect(summary.contactCounts).toEqual([
      { channel: 'app', last7Days: 1, last30Days: 1 },
      { channel: 'web', last7Days: 0, last30Days: 1 },
    ]);
  });
});
