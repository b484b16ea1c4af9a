import { randomUUID } from 'node:crypto';
import {
  findOfferByCode,
  insertOffer,
  insertOfferRevision,
  isUniqueViolation,
  OfferEntity,
  OfferRevisionEntity,
  updateOfferIfVersion,
} from '@rapport/data-access';
import { type CreateOfferInput, type OfferPatchInput, type TreatmentInput } from '@rapport/graphql-schema';
import { RapportError } from '@rapport/shared-util';
import { type DataSource, type EntityManager } from 'typeorm';
import { diffOffers, snapshotOffer } from './offer-diff';
import { assertPublishable } from './offer-publish-check';
import { validateRule } from '@rapport/decisioning';

type RevisionAction = OfferRevisionEntity['action'];

function treatmentsRecord(treatments: readonly TreatmentInput[], field: string): Record<string, string> {
  const record: Record<string, string> = {};
  treatments.forEach((t, i) => {
    if (record[t.channel] !== undefined)
      throw new RapportError('BAD_USER_INPUT', `two treatments for ${t.channel}`, `${field}.${i}.channel`);
    record[t.channel] = t.text;
  });
  return record;
}

/** Checks that hold for drafts too: rule syntax and window order (publish checks the rest). */
function assertWellFormed(offer: OfferEntity): void {
  for (const field of ['eligibility', 'applicability', 'suitability'] as const) {
    const [error] = validateRule(offer[field], field);
    if (error) throw new RapportError('BAD_USER_INPUT', error.message, error.field);
  }
  if (offer.validFrom && offer.validTo && offer.validFrom.getTime() >= offer.validTo.getTime()) {
    throw new RapportError('BAD_USER_INPUT', 'validFrom must be before validTo', 'validTo');
  }
}

async function writeRevision(
  manager: EntityManager,
  offer: OfferEntity,
  action: RevisionAction,
  actor: string,
  changes: OfferRevisionEntity['changes'],
  now: Date,
): Promise<void> {
  const revision = Object.assign(new OfferRevisionEntity(), {
    id: randomUUID(),
    offerId: offer.id,
    version: offer.version,
    action,
    actor,
    changes,
    snapshot: snapshotOffer(offer),
    createdAt: now,
  });
  try {
    await insertOfferRevision(manager, revision);
  } catch (error) {
    // Another writer recorded this version first: our update lost the race.
    if (isUniqueViolation(error))
      throw new RapportError('CONFLICT', `offer ${offer.id} was changed concurrently; reload it and retry`);
    throw error;
  }
}

/** Creates a draft at version 1 with its first revision. */
export async function createOffer(
  dataSource: DataSource,
  input: CreateOfferInput,
  actor: string,
  now: Date,
): Promise<OfferEntity> {
  const offer: OfferEntity = Object.assign(new OfferEntity(), {
    id: randomUUID() as string,
    code: input.code,
    name: input.name,
    description: input.description ?? '',
    kind: input.kind as OfferEntity['kind'],
    issue: input.issue,
    groupName: input.group,
    channels: [...new Set<string>(input.channels ?? [])],
    treatments: treatmentsRecord(input.treatments ?? [], 'input.treatments'),
    value: input.value ?? 0,
    lever: input.lever ?? 1,
    mode: input.mode as OfferEntity['mode'],
    eligibility: (input.eligibility ?? null) as OfferEntity['eligibility'],
    applicability: (input.applicability ?? null) as OfferEntity['applicability'],
    suitability: (input.suitability ?? null) as OfferEntity['suitability'],
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    status: 'draft' as const,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  assertWellFormed(offer);
  return dataSource.transaction(async (manager) => {
    if (await findOfferByCode(manager, offer.code)) {
      throw new RapportError('BAD_USER_INPUT', `an offer with code ${offer.code} already exists`, 'input.code');
    }
    try {
      await insertOffer(manager, offer);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new RapportError('BAD_USER_INPUT', `an offer with code ${offer.code} already exists`, 'input.code');
      throw error;
    }
    await writeRevision(manager, offer, 'create', actor, diffOffers(null, offer), now);
    return offer;
  });
}

/**
 * Applies a change under the optimistic lock: reads the offer, checks `expectedVersion`, writes
 * the changed fields with `WHERE version = expectedVersion` and records the revision, all in one
 * transaction. A stale version — or losing a race to a concurrent writer — is a CONFLICT and
 * changes nothing.
 */
async function changeOffer(
  dataSource: DataSource,
  id: string,
  expectedVersion: number,
  action: RevisionAction,
  actor: string,
  now: Date,
  apply: (offer: OfferEntity) => void,
): Promise<OfferEntity> {
  return dataSource.transaction(async (manager) => {
    const current = await manager.findOneBy(OfferEntity, { id });
    if (!current) throw new RapportError('NOT_FOUND', `no offer with id ${id}`, 'id');
    if (current.version !== expectedVersion) {
      throw new RapportError(
        'CONFLICT',
        `offer ${id} is at version ${current.version}, not ${expectedVersion}; reload it and retry`,
        'expectedVersion',
      );
    }
    const next = Object.assign(new OfferEntity(), structuredClone(current));
    apply(next);
    const changes = diffOffers(current, next);
    if (Object.keys(changes).length === 0 && action === 'update') return current;
    next.version = expectedVersion + 1;
    next.updatedAt = now;
    const values: Partial<OfferEntity> = { updatedAt: now };
    for (const field of Object.keys(changes))
      (values as Record<string, unknown>)[field] = next[field as keyof OfferEntity];
    if (!(await updateOfferIfVersion(manager, id, expectedVersion, values))) {
      throw new RapportError(
        'CONFLICT',
        `offer ${id} was changed concurrently; reload it and retry`,
        'expectedVersion',
      );
    }
    await writeRevision(manager, next, action, actor, changes, now);
    return next;
  });
}

export function updateOffer(
  dataSource: DataSource,
  id: string,
  expectedVersion: number,
  patch: OfferPatchInput,
  actor: string,
  now: Date,
): Promise<OfferEntity> {
  return changeOffer(dataSource, id, expectedVersion, 'update', actor, now, (offer) => {
    if (offer.status === 'retired') throw new RapportError('CONFLICT', 'a retired offer cannot be changed', 'id');
    const required = ['name', 'kind', 'issue', 'group', 'channels', 'treatments', 'value', 'lever', 'mode'] as const;
    for (const field of required) {
      if (patch[field] === null) throw new RapportError('BAD_USER_INPUT', `${field} cannot be null`, `patch.${field}`);
    }
    if (patch.name !== undefined && patch.name !== null) offer.name = patch.name;
    if (patch.description !== undefined) offer.description = patch.description ?? '';
    if (patch.kind) offer.kind = patch.kind;
    if (patch.issue) offer.issue = patch.issue;
    if (patch.group) offer.groupName = patch.group;
    if (patch.channels) offer.channels = [...new Set(patch.channels)];
    if (patch.treatments) offer.treatments = treatmentsRecord(patch.treatments, 'patch.treatments');
    if (patch.value !== undefined && patch.value !== null) offer.value = patch.value;
    if (patch.lever !== undefined && patch.lever !== null) offer.lever = patch.lever;
    if (patch.mode) offer.mode = patch.mode;
    if (patch.eligibility !== undefined) offer.eligibility = patch.eligibility as OfferEntity['eligibility'];
    if (patch.applicability !== undefined) offer.applicability = patch.applicability as OfferEntity['applicability'];
    if (patch.suitability !== undefined) offer.suitability = patch.suitability as OfferEntity['suitability'];
    if (patch.validFrom !== undefined) offer.validFrom = patch.validFrom;
    if (patch.validTo !== undefined) offer.validTo = patch.validTo;
    assertWellFormed(offer);
    // An active offer must stay publishable after every edit.
    if (offer.status === 'active') assertPublishable(offer, now);
  });
}

export function publishOffer(
  dataSource: DataSource,
  id: string,
  expectedVersion: number,
  actor: string,
  now: Date,
): Promise<OfferEntity> {
  return changeOffer(dataSource, id, expectedVersion, 'publish', actor, now, (offer) => {
    if (offer.status !== 'draft')
      throw new RapportError('CONFLICT', `only a draft can be published; this offer is ${offer.status}`, 'id');
    assertPublishable(offer, now);
    offer.status = 'active';
  });
}

export function retireOffer(
  dataSource: DataSource,
  id: string,
  expectedVersion: number,
  actor: string,
  now: Date,
): Promise<OfferEntity> {
  return changeOffer(dataSource, id, expectedVersion, 'retire', actor, now, (offer) => {
    if (offer.status === 'retired') throw new RapportError('CONFLICT', 'the offer is already retired', 'id');
    offer.status = 'retired';
  });
}
