import {
  type Channel,
  type CreateOfferInput,
  type OfferFieldsFragment,
  type OfferKind,
  type OfferMode,
  type OfferPatchInput,
} from '../../graphql/generated/graphql';

export interface OfferFormValues {
  code: string;
  name: string;
  description: string;
  kind: OfferKind;
  issue: string;
  group: string;
  channels: Channel[];
  treatments: Partial<Record<Channel, string>>;
  value: number;
  lever: number;
  mode: OfferMode;
  eligibility: unknown;
  applicability: unknown;
  suitability: unknown;
  /** datetime-local text (no time zone): converted to ISO on save. */
  validFrom: string;
  validTo: string;
}

export const NEW_OFFER: OfferFormValues = {
  code: '',
  name: '',
  description: '',
  kind: 'SALES',
  issue: 'Sales',
  group: '',
  channels: [],
  treatments: {},
  value: 0,
  lever: 1,
  mode: 'DEFAULT',
  eligibility: null,
  applicability: null,
  suitability: null,
  validFrom: '',
  validTo: '',
};

const toLocalInput = (iso: string | null | undefined): string => (iso ? new Date(iso).toISOString().slice(0, 16) : '');
const toIso = (local: string): string | null => (local ? new Date(`${local}:00Z`).toISOString() : null);

export function formValuesOf(offer: OfferFieldsFragment): OfferFormValues {
  return {
    code: offer.code,
    name: offer.name,
    description: offer.description,
    kind: offer.kind,
    issue: offer.issue,
    group: offer.group,
    channels: [...offer.channels],
    treatments: Object.fromEntries(offer.treatments.map((t) => [t.channel, t.text])),
    value: offer.value,
    lever: offer.lever,
    mode: offer.mode,
    eligibility: offer.eligibility ?? null,
    applicability: offer.applicability ?? null,
    suitability: offer.suitability ?? null,
    validFrom: toLocalInput(offer.validFrom),
    validTo: toLocalInput(offer.validTo),
  };
}

function treatmentsOf(values: OfferFormValues) {
  return values.channels.map((channel) => ({ channel, text: values.treatments[channel]?.trim() ?? '' })).filter((t) => t.text !== '');
}

export function createInputOf(values: OfferFormValues): CreateOfferInput {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    description: values.description,
    kind: values.kind,
    issue: values.issue.trim(),
    group: values.group.trim(),
    channels: values.channels,
    treatments: treatmentsOf(values),
    value: values.value,
    lever: values.lever,
    mode: values.mode,
    eligibility: values.eligibility,
    applicability: values.applicability,
    suitability: values.suitability,
    validFrom: toIso(values.validFrom),
    validTo: toIso(values.validTo),
  };
}

/** Only the fields that differ from what was loaded, so a revision records exactly the edit. */
export function patchOf(original: OfferFormValues, values: OfferFormValues): OfferPatchInput {
  const before = createInputOf(original);
  const after = createInputOf(values);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof CreateOfferInput>) {
    if (key === 'code') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as OfferPatchInput;
}
