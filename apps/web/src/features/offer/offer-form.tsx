import { Fieldset, Grid, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type Channel, type OfferKind, type OfferMode } from '../../graphql/generated/graphql';
import { CHANNELS, channelLabel } from '../conversation/channels';
import { OFFER_KINDS, OFFER_MODES } from './offer-labels';
import { type OfferFormValues } from './offer-form-values';
import { RuleBuilder } from './rule-builder/rule-builder';

export function OfferForm({
  values,
  onChange,
  errors,
  readOnly,
  isNew,
  ruleKey,
}: {
  values: OfferFormValues;
  onChange: (next: Partial<OfferFormValues>) => void;
  errors: Record<string, string>;
  readOnly: boolean;
  isNew: boolean;
  /** Changes when the form is reset from the server, so the rule builders re-read their rule. */
  ruleKey: string;
}) {
  const toNumber = (v: string | number, fallback: number) => (typeof v === 'number' ? v : fallback);
  return (
    <Stack gap="md">
      <Fieldset legend="Offer" disabled={readOnly}>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Code"
              description="Unique, A–Z, 0–9, - and _"
              value={values.code}
              onChange={(e) => onChange({ code: e.currentTarget.value.toUpperCase() })}
              error={errors['code']}
              disabled={!isNew || readOnly}
              required
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label="Name" value={values.name} onChange={(e) => onChange({ name: e.currentTarget.value })} error={errors['name']} required />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label="Description" autosize minRows={2} value={values.description} onChange={(e) => onChange({ description: e.currentTarget.value })} error={errors['description']} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select label="Kind" data={[...OFFER_KINDS]} value={values.kind} onChange={(v) => v && onChange({ kind: v as OfferKind })} allowDeselect={false} error={errors['kind']} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <TextInput label="Issue" placeholder="Sales, Retention, Service…" value={values.issue} onChange={(e) => onChange({ issue: e.currentTarget.value })} error={errors['issue']} required />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <TextInput label="Group" placeholder="Cards, Saves…" value={values.group} onChange={(e) => onChange({ group: e.currentTarget.value })} error={errors['group']} required />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <NumberInput label="Value (margin, €)" min={0} value={values.value} onChange={(v) => onChange({ value: toNumber(v, 0) })} error={errors['value']} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <NumberInput label="Lever" description="1 = neutral" min={0} max={100} step={0.1} decimalScale={2} value={values.lever} onChange={(v) => onChange({ lever: toNumber(v, 1) })} error={errors['lever']} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label="Evaluation mode" data={[...OFFER_MODES]} value={values.mode} onChange={(v) => v && onChange({ mode: v as OfferMode })} allowDeselect={false} error={errors['mode']} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Valid from (UTC)" type="datetime-local" value={values.validFrom} onChange={(e) => onChange({ validFrom: e.currentTarget.value })} error={errors['validFrom']} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Valid to (UTC)" type="datetime-local" value={values.validTo} onChange={(e) => onChange({ validTo: e.currentTarget.value })} error={errors['validTo']} />
          </Grid.Col>
        </Grid>
      </Fieldset>
      <Fieldset legend="Channels and treatments" disabled={readOnly}>
        <Stack gap="sm">
          <MultiSelect
            label="Channels"
            placeholder="Where this offer may be presented"
            data={CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
            value={values.channels}
            onChange={(channels) => onChange({ channels: channels as Channel[] })}
            error={errors['channels']}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {values.channels.map((channel) => (
              <Textarea
                key={channel}
                label={`Treatment on ${channelLabel(channel)}`}
                autosize
                minRows={2}
                value={values.treatments[channel] ?? ''}
                onChange={(e) => onChange({ treatments: { ...values.treatments, [channel]: e.currentTarget.value } })}
                error={errors['treatments']}
              />
            ))}
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend="Engagement rules (JSON Logic)">
        <Stack gap="md" key={ruleKey}>
          <RuleBuilder label="Eligibility" description="Hard rules: who may ever get this offer" value={values.eligibility} onChange={(eligibility) => onChange({ eligibility })} error={errors['eligibility']} disabled={readOnly} />
          <RuleBuilder label="Applicability" description="Is it relevant now?" value={values.applicability} onChange={(applicability) => onChange({ applicability })} error={errors['applicability']} disabled={readOnly} />
          <RuleBuilder label="Suitability" description="Is it appropriate and empathetic? e.g. no selling while a complaint is open" value={values.suitability} onChange={(suitability) => onChange({ suitability })} error={errors['suitability']} disabled={readOnly} />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
