import { Badge, Collapse, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { type RecommendationFieldsFragment } from '../../../graphql/generated/graphql';
import { humanise } from '../../../shared/format';
import { ExplanationPanel } from './explanation-panel';
import { OutcomeButtons } from './outcome-buttons';

const KIND_COLORS: Record<string, string> = { SALES: 'indigo', RETENTION: 'orange', SERVICE: 'teal', EDUCATION: 'cyan' };

export function ActionCard({
  recommendation,
  canRecord,
  onRecorded,
}: {
  recommendation: RecommendationFieldsFragment;
  canRecord: boolean;
  onRecorded: () => void;
}) {
  const [open, { toggle }] = useDisclosure(recommendation.rank === 1);
  const offer = recommendation.offer;
  const offerName = offer?.name ?? 'Unknown offer';
  const treatment = offer?.treatments.find((t) => t.channel === recommendation.channel)?.text;
  return (
    <Paper withBorder p="sm" data-testid="action-card">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap">
            <Badge circle size="lg" variant="filled">
              {recommendation.rank}
            </Badge>
            <Stack gap={0}>
              <Text fw={600} data-testid="action-offer-name">
                {offerName}
              </Text>
              {treatment && (
                <Text size="sm" c="dimmed">
                  “{treatment}”
                </Text>
              )}
            </Stack>
          </Group>
          {offer && (
            <Badge color={KIND_COLORS[offer.kind] ?? 'gray'} variant="light">
              {humanise(offer.kind)}
            </Badge>
          )}
        </Group>
        {canRecord ? (
          <OutcomeButtons
            recommendation={{ ...recommendation, offerId: recommendation.offerId, offerName }}
            onRecorded={onRecorded}
          />
        ) : (
          recommendation.outcome && <Badge variant="light">Outcome: {humanise(recommendation.outcome)}</Badge>
        )}
        <UnstyledButton onClick={toggle} aria-expanded={open}>
          <Group gap={4}>
            {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
            <Text size="xs" c="indigo.7" fw={600}>
              Why this action?
            </Text>
          </Group>
        </UnstyledButton>
        <Collapse expanded={open}>
          <ExplanationPanel recommendation={recommendation} />
        </Collapse>
      </Stack>
    </Paper>
  );
}
