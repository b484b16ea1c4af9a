import { MS_PER_DAY } from '@rapport/shared-util';
import { type ConversationEventInput } from './conversation-event';
import { deriveConversationState } from './derive-conversation-state';

const T0 = Date.UTC(2026, 3, 1);
const at = (d: number): number => T0 + d * MS_PER_DAY;
const ev = (d: number, kind: string, extra: Partial<ConversationEventInput> = {}): ConversationEventInput => ({ channel: 'web', direction: 'inbound', kind, occurredAt: at(d), ...extra });

describe('deriveConversationState', () => {
  it('tracks open topics until they are resolved', () => {
    const events = [ev(0, 'complaint', { topic: 'billing', sentiment: -0.8 }), ev(1, 'service_request', { topic: 'card' }), ev(2, 'complaint', { topic: 'delivery' }), ev(3, 'complaint_resolved', { topic: 'billing' })];
    const state = deriveConversationState(events, at(4));
    expect(state.openTopics.sort()).toEqual(['card', 'delivery']);
    expect(state.hasOpenComplaint).toBe(true);
    expect(state.hasOpenServiceRequest).toBe(true);
    expect(state.daysSinceLastComplaint).toBeCloseTo(2);
    expect(state.quiet).toBe(true);
    expect(state.quietReason).toBe('open-complaint');
  });

  it('stays quiet for the configured days after the last complaint, then lifts', () => {
    const events = [ev(0, 'complaint'), ev(1, 'complaint_resolved')];
    expect(deriveConversationState(events, at(5), { quietDaysAfterComplaint: 14 })).toMatchObject({ quiet: true, quietReason: 'recent-complaint', quietUntil: at(14) });
    expect(deriveConversationState(events, at(14)).quiet).toBe(false);
  });

  it('measures mood, its trend, last contact and contact pressure per channel', () => {
    const events = [
      ev(0, 'message', { sentiment: 0.8 }),
      ev(10, 'message', { sentiment: 0.6 }),
      ev(55, 'offer_presented', { direction: 'outbound', channel: 'email' }),
      ev(57, 'offer_presented', { direction: 'outbound', channel: 'email' }),
      ev(58, 'complaint', { sentiment: -0.9, channel: 'call_center' }),
      ev(59, 'purchase', { amount: 30 }),
    ];
    const state = deriveConversationState(events, at(60));
    expect(state.moodTrend).toBeLessThan(-1);
    expect(state.mood).toBeLessThan(0.3);
    expect(state.daysSinceLastContact).toBeCloseTo(1);
    expect(state.daysSinceLastPurchase).toBeCloseTo(1);
    expect(state.pressure.email).toEqual({ outbound7Days: 2, outbound30Days: 2, inbound7Days: 0 });
    expect(state.pressure.call_center.inbound7Days).toBe(1);
    expect(state.outboundLast7Days).toBe(2);
  });

  it('ignores events after now and accepts any order', () => {
    const events = [ev(5, 'complaint'), ev(1, 'purchase')];
    const state = deriveConversationState(events, at(3));
    expect(state.hasOpenComplaint).toBe(false);
    expect(state.purchasesLast90Days).toBe(1);
  });
});
