import { Badge, Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconClock, IconX } from '@tabler/icons-react';
import { useMutation } from 'urql';
import {
  type Channel,
  type ConversationEventKind,
  type RecommendationOutcome,
} from '../../../graphql/generated/graphql';
import { errorMessage } from '../../../graphql/gateway-error';
import { humanise } from '../../../shared/format';
import { RecordAnswerInteractionMutation, RecordOutcomeMutation } from './next-best-actions.query';

// "Later" has no outcome of its own in the gateway (issue 6's outcomes): the customer neither
// took nor refused the offer, which the engine learns as IGNORED.
const BUTTONS: Array<{
  outcome: RecommendationOutcome;
  kind: ConversationEventKind;
  label: string;
  color: string;
  icon: typeof IconCheck;
}> = [
  { outcome: 'ACCEPTED', kind: 'OFFER_ACCEPTED', label: 'Accepted', color: 'teal', icon: IconCheck },
  { outcome: 'REJECTED', kind: 'OFFER_REJECTED', label: 'Rejected', color: 'red', icon: IconX },
  { outcome: 'IGNORED', kind: 'MESSAGE', label: 'Later', color: 'gray', icon: IconClock },
];

export interface AnsweredRecommendation {
  id: string;
  customerId: string;
  channel: Channel;
  offerId: string;
  offerName: string;
  outcome: string | null | undefined;
}

export function OutcomeButtons({
  recommendation,
  onRecorded,
}: {
  recommendation: AnsweredRecommendation;
  onRecorded: () => void;
}) {
  const { id: recommendationId, offerName, outcome } = recommendation;
  const [{ fetching }, recordOutcome] = useMutation(RecordOutcomeMutation);
  const [{ fetching: recordingTurn }, recordInteraction] = useMutation(RecordAnswerInteractionMutation);
  if (outcome && outcome !== 'IMPRESSION') {
    return (
      <Badge color={outcome === 'ACCEPTED' ? 'teal' : outcome === 'REJECTED' ? 'red' : 'gray'} variant="light">
        Customer&apos;s answer: {humanise(outcome)}
      </Badge>
    );
  }
  const record = async (answer: RecommendationOutcome, kind: ConversationEventKind, label: string) => {
    const result = await recordOutcome({ recommendationId, outcome: answer });
    // The gateway adds accepted/rejected answers to the conversation itself; "Later" is no
    // outcome there, so the client notes it as a message turn.
    const turn =
      result.error || answer !== 'IGNORED'
        ? null
        : await recordInteraction({
            input: {
              customerId: recommendation.customerId,
              source: 'rapport-web',
              // Idempotent: a double click or a retry records the turn once.
              externalId: `outcome:${recommendationId}:${answer}`,
              channel: recommendation.channel,
              direction: 'INBOUND',
              kind,
              summary: answer === 'IGNORED' ? `Will consider “${offerName}” later` : `${label}: ${offerName}`,
              offerId: recommendation.offerId,
              recommendationId,
            },
          });
    const error = result.error ?? turn?.error;
    if (error) {
      notifications.show({ color: 'red', title: 'The answer was not recorded', message: errorMessage(error) });
      return;
    }
    notifications.show({ color: 'teal', title: 'Answer recorded', message: `${offerName}: ${label.toLowerCase()}` });
    onRecorded();
  };
  return (
    <Group gap="xs" role="group" aria-label={`Customer's answer to ${offerName}`}>
      {BUTTONS.map(({ outcome: answer, kind, label, color, icon: Icon }) => (
        <Button
          key={answer}
          size="xs"
          variant="light"
          color={color}
          leftSection={<Icon size={14} />}
          disabled={fetching || recordingTurn}
          onClick={() => void record(answer, kind, label)}
        >
          {label}
        </Button>
      ))}
    </Group>
  );
}
