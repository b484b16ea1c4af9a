import { Accordion, Badge, Group, List, Stack, Text } from '@mantine/core';
import { humanise } from '../../../shared/format';

export interface SuppressedOfferView {
  reasons: readonly string[];
  offer: { id: string; code: string; name: string; kind: string };
}

/** Offers the engine dropped and the rule or policy that dropped each (design §4 step 6). */
export function SuppressedOffers({ suppressed }: { suppressed: readonly SuppressedOfferView[] }) {
  if (suppressed.length === 0) return null;
  return (
    <Accordion variant="contained" chevronPosition="left" data-testid="suppressed-offers">
      <Accordion.Item value="suppressed">
        <Accordion.Control>
          <Text size="sm" fw={600}>
            {suppressed.length} offer{suppressed.length === 1 ? '' : 's'} not shown, and why
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="xs">
            {suppressed.map(({ offer, reasons }) => (
              <Stack key={offer.id} gap={2}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {offer.name}
                  </Text>
                  <Badge size="xs" variant="outline">
                    {humanise(offer.kind)}
                  </Badge>
                </Group>
                <List size="xs" c="dimmed">
                  {reasons.map((reason) => (
                    <List.Item key={reason}>{reason}</List.Item>
                  ))}
                </List>
              </Stack>
            ))}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
