import { MS_PER_DAY } from '@rapport/shared-util';
import { toEpochMs } from '../time';
import { type ConversationEventInput } from './conversation-event';
import { type ChannelPressure, type ConversationState } from './conversation-state';

export interface ConversationStateOptions {
  /** Days after the last complaint during which outbound selling stays quiet (default 14). */
  quietDaysAfterComplaint?: number;
}

const MOOD_HALF_LIFE_DAYS = 30;
const GENERAL_TOPIC = 'general';

/**
 * Derives the conversation's state at `now` from its events (any order; events after `now` are
 * ignored, so replaying history gives the state as it was). Linear in the number of events.
 */
export function deriveConversationState(
  events: readonly ConversationEventInput[],
  now: number,
  options: ConversationStateOptions = {},
): ConversationState {
  const quietDays = options.quietDaysAfterComplaint ?? 14;
  // A local copy: the imported binding can compile to a getter call, read here once per event.
  const msPerDay = MS_PER_DAY;
  const sorted = isSortedByTime(events) ? events : [...events].sort((a, b) => toEpochMs(a.occurredAt) - toEpochMs(b.occurredAt));
  // Created on first use: most conversations have no complaint or service request.
  let openComplaints: Set<string> | null = null;
  let openRequests: Set<string> | null = null;
  const pressure: Record<string, ChannelPressure> = {};
  let lastComplaintAt: number | null = null;
  let lastContactAt: number | null = null;
  let lastPurchaseAt: number | null = null;
  let purchasesLast90Days = 0;
  let outboundLast7Days = 0;
  let moodWeighted = 0;
  let moodWeight = 0;
  let recentSum = 0;
  let recentCount = 0;
  let earlierSum = 0;
  let earlierCount = 0;
  for (const event of sorted) {
    const at = toEpochMs(event.occurredAt);
    if (at > now) break;
    const ageDays = (now - at) / msPerDay;
    const topic = event.topic || GENERAL_TOPIC;
    switch (event.kind) {
      case 'complaint':
        (openComplaints ??= new Set()).add(topic);
        lastComplaintAt = at;
        break;
      case 'complaint_resolved':
        if (event.topic) openComplaints?.delete(event.topic);
        else openComplaints?.clear();
        break;
      case 'service_request':
        (openRequests ??= new Set()).add(topic);
        break;
      case 'service_resolved':
        if (event.topic) openRequests?.delete(event.topic);
        else openRequests?.clear();
        break;
      case 'purchase':
        lastPurchaseAt = at;
        if (ageDays < 90) purchasesLast90Days++;
        break;
    }
    lastContactAt = at;
    let channel = pressure[event.channel];
    if (!channel) pressure[event.channel] = channel = { outbound7Days: 0, outbound30Days: 0, inbound7Days: 0 };
    if (event.direction === 'outbound') {
      if (ageDays < 30) channel.outbound30Days++;
      if (ageDays < 7) {
        channel.outbound7Days++;
        outboundLast7Days++;
      }
    } else if (ageDays < 7) channel.inbound7Days++;
    if (typeof event.sentiment === 'number') {
      const weight = Math.pow(0.5, ageDays / MOOD_HALF_LIFE_DAYS);
      moodWeighted += weight * event.sentiment;
      moodWeight += weight;
      if (ageDays < 14) {
        recentSum += event.sentiment;
        recentCount++;
      } else if (ageDays < 90) {
        earlierSum += event.sentiment;
        earlierCount++;
      }
    }
  }
  const complaintTopics = openComplaints ? [...openComplaints] : [];
  const requestTopics = openRequests ? [...openRequests] : [];
  const hasOpenComplaint = complaintTopics.length > 0;
  let quietUntil: number | null = null;
  let quietReason: ConversationState['quietReason'] = null;
  if (hasOpenComplaint) {
    // Open-ended while unresolved; report a rolling horizon so callers have a concrete time.
    quietUntil = now + quietDays * MS_PER_DAY;
    quietReason = 'open-complaint';
  } else if (lastComplaintAt !== null && lastComplaintAt + quietDays * MS_PER_DAY > now) {
    quietUntil = lastComplaintAt + quietDays * MS_PER_DAY;
    quietReason = 'recent-complaint';
  }
  const days = (at: number | null): number | null => (at === null ? null : (now - at) / MS_PER_DAY);
  const openTopics = requestTopics.length === 0 ? complaintTopics : [...new Set([...complaintTopics, ...requestTopics])];
  return {
    openTopics,
    hasOpenComplaint,
    hasOpenServiceRequest: requestTopics.length > 0,
    lastComplaintAt,
    daysSinceLastComplaint: days(lastComplaintAt),
    lastContactAt,
    daysSinceLastContact: days(lastContactAt),
    daysSinceLastPurchase: days(lastPurchaseAt),
    purchasesLast90Days,
    mood: moodWeight > 0 ? moodWeighted / moodWeight : 0,
    moodTrend: recentCount > 0 && earlierCount > 0 ? recentSum / recentCount - earlierSum / earlierCount : 0,
    quietUntil,
    quiet: quietUntil !== null,
    quietReason,
    outboundLast7Days,
    pressure,
  };
}

function isSortedByTime(events: readonly ConversationEventInput[]): boolean {
  let last = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const at = toEpochMs(events[i].occurredAt);
    if (at < last) return false;
    last = at;
  }
  return true;
}
