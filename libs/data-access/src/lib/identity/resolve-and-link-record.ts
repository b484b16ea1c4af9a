import { type IncrementalDecision, type IncrementalResolver, type SourceRecord } from '@rapport/identity-resolution';
import { RapportError, uuidV7 } from '@rapport/shared-util';
import { type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { bulkInsert } from '../bulk-insert';
import { CustomerEntity } from '../entities/customer.entity';
import { IdentityBlockKeyEntity } from '../entities/identity-block-key.entity';
import { IdentityEntity, type MatchEvidence } from '../entities/identity.entity';
import { findIdentitiesByCustomerIds } from '../repositories/identity.repository';
import { columnList, hydrateRows, quote, tableName, toParameter } from '../repositories/sql-helpers';
import { findCandidateIdentities } from './find-identity-candidates';
import { GOLDEN_FIELDS, type GoldenRecord, goldenRecordOf, newCustomerRow } from './golden-record';
import { identityFieldsOf, sourceRecordOfIdentity, type StoredIdentityFields } from './identity-record';

export interface ResolveAndLinkOptions {
  /** Holds the stored model; build it once per process with `loadIdentityResolver`. */
  resolver: IncrementalResolver;
  /** Timestamp written to new and changed rows (default: now). */
  now?: Date;
}

export interface ResolveAndLinkResult {
  /**
   * `linked`: a new identity joined an existing customer; `new-customer`: it started one;
   * `updated`: the (source, sourceKey) was known and its attributes changed; `unchanged`: known
   * and identical, nothing written.
   */
  outcome: 'linked' | 'new-customer' | 'updated' | 'unchanged';
  customerId: string;
  identityId: string;
  /** The resolver's decision with its evidence (null for known records). */
  decision: IncrementalDecision | null;
}

const COMPARED_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'emailNormalized',
  'phone',
  'phoneNormalized',
  'dateOfBirth',
  'addressLine',
  'postcode',
  'city',
] as const;

function sameIdentityFields(row: IdentityEntity, fields: Omit<StoredIdentityFields, 'source' | 'sourceKey'>): boolean {
  return (
    COMPARED_FIELDS.every((f) => row[f] === fields[f]) &&
    JSON.stringify(row.attributes ?? null) === JSON.stringify(fields.attributes ?? null)
  );
}

function evidenceOf(decision: IncrementalDecision, matchedIdentityId: string | undefined): MatchEvidence {
  const comparisons: Record<string, { level: string; weight: number }> = {};
  for (const c of decision.evidence?.contributions ?? [])
    comparisons[c.comparison] = { level: c.levelLabel, weight: Math.round(c.counted * 1000) / 1000 };
  return {
    // A deterministic rule decides with infinite weight, which JSON cannot hold.
    score: decision.rule ? null : Math.round(decision.matchWeight * 1000) / 1000,
    method: decision.rule ? 'deterministic' : 'probabilistic',
    comparisons,
    matchedIdentityId,
  };
}

async function findBySourceKey(
  manager: EntityManager,
  source: string,
  sourceKey: string,
): Promise<IdentityEntity | null> {
  const q = (name: string) => quote(manager, name);
  const rows = await manager.query(
    `SELECT ${columnList(manager, IdentityEntity)} FROM ${tableName(manager, IdentityEntity)} WHERE ${q('source')} = ? AND ${q('sourceKey')} = ?`,
    [source, sourceKey],
  );
  return hydrateRows(manager, IdentityEntity, rows)[0] ?? null;
}

/**
 * Writes a golden record over a customer in one statement, bumping its version, only when a
 * field differs (null-safe comparison) and the customer was not erased: no read first.
 */
async function writeGoldenRecord(
  manager: EntityManager,
  customerId: string,
  golden: GoldenRecord,
  now: Date,
): Promise<void> {
  const q = (name: string) => quote(manager, name);
  const same = manager.connection.options.type === 'better-sqlite3' ? 'IS' : '<=>';
  const fields = GOLDEN_FIELDS.map((f) => q(f));
  await manager.query(
    `UPDATE ${tableName(manager, CustomerEntity)} SET ${fields.map((f) => `${f} = ?`).join(', ')}, ${q('version')} = ${q('version')} + 1, ${q('updatedAt')} = ? ` +
      `WHERE ${q('id')} = ? AND ${q('erasedAt')} IS NULL AND NOT (${fields.map((f) => `${f} ${same} ?`).join(' AND ')})`,
    [
      ...GOLDEN_FIELDS.map((f) => golden[f]),
      toParameter(manager, CustomerEntity, 'updatedAt', now),
      customerId,
      ...GOLDEN_FIELDS.map((f) => golden[f]),
    ],
  );
}

/**
 * Resolves one source record against the database and links it, inside the caller's
 * transaction: normalise → block keys → candidate customers through identity_block_keys
 * (keys holding more than the resolver's `maxBlockSize` identities are skipped) → every identity
 * of those customers → {@link IncrementalResolver.resolve}. The record then joins the chosen
 * customer (the decision's waterfall goes to `identities.matchEvidence`, and the golden record
 * is re-derived by survivorship, see `goldenRecordOf`) or starts a new customer whose golden
 * record is the record itself; its block keys are stored either way.
 *
 * Idempotent on (source, sourceId): a known record with the same attributes writes nothing;
 * with changed attributes it is updated in place (and its block keys and its customer's golden
 * record refreshed) but stays with its customer — moving it is a merge or split decision for
 * an admin, not a side effect of an update. Concurrent transactions resolving two records of
 * one new person may each create a customer; merge them afterwards.
 */
export async function resolveAndLinkRecord(
  manager: EntityManager,
  sourceRecord: SourceRecord,
  options: ResolveAndLinkOptions,
): Promise<ResolveAndLinkResult> {
  const { resolver } = options;
  const now = options.now ?? new Date();
  const source = sourceRecord.source?.trim() ?? '';
  const sourceKey = sourceRecord.sourceId?.trim() ?? '';
  if (source.length === 0 || source.length > 32)
    throw new RapportError('BAD_USER_INPUT', 'source must be 1–32 characters', 'source');
  if (sourceKey.length === 0 || sourceKey.length > 128)
    throw new RapportError('BAD_USER_INPUT', 'source id must be 1–128 characters', 'source_id');

  const fields = identityFieldsOf(sourceRecord, resolver.normalise(sourceRecord));
  const stored: StoredIdentityFields = { source, sourceKey, ...fields };
  // Resolve on the record as it will read back from the row (clipped, normalised contact
  // points), so the keys stored now are the keys later lookups and merges compute.
  const record = resolver.normalise(sourceRecordOfIdentity(stored));
  const blockKeys = [...new Set(resolver.blockKeysFor(record))];

  const existing = await findBySourceKey(manager, source, sourceKey);
  if (existing) {
    if (sameIdentityFields(existing, fields))
      return { outcome: 'unchanged', customerId: existing.customerId, identityId: existing.id, decision: null };
    // attributes is a simple-json object; TypeORM's deep-partial type cannot see that.
    await manager.update(IdentityEntity, { id: existing.id }, {
      ...fields,
      updatedAt: now,
    } as QueryDeepPartialEntity<IdentityEntity>);
    await manager.delete(IdentityBlockKeyEntity, { identityId: existing.id });
    await bulkInsert(
      manager,
      IdentityBlockKeyEntity,
      blockKeys.map((blockKey) => ({ blockKey, identityId: existing.id, customerId: existing.customerId })),
    );
    await writeGoldenRecord(
      manager,
      existing.customerId,
      goldenRecordOf(await findIdentitiesByCustomerIds(manager, [existing.customerId])),
      now,
    );
    return { outcome: 'updated', customerId: existing.customerId, identityId: existing.id, decision: null };
  }

  const candidates = await findCandidateIdentities(manager, blockKeys, resolver.config.maxBlockSize);
  const decision = resolver.resolve(
    record,
    candidates.map((c) => ({ customerId: c.customerId, record: resolver.normalise(sourceRecordOfIdentity(c)) })),
  );
  const identityId = uuidV7();
  const matched = decision.matchedRecord;
  const matchedIdentityId = matched
    ? candidates.find((c) => c.source === matched.source && c.sourceKey === matched.sourceId)?.id
    : undefined;
  const identity: IdentityEntity = {
    id: identityId,
    customerId: decision.customerId ?? uuidV7(),
    ...stored,
    matchEvidence: decision.customerId ? evidenceOf(decision, matchedIdentityId) : { score: null, method: 'new' },
    createdAt: now,
    updatedAt: now,
  };
  if (decision.customerId === null) {
    await bulkInsert(manager, CustomerEntity, [newCustomerRow(identity.customerId, goldenRecordOf([identity]), now)]);
  }
  await bulkInsert(manager, IdentityEntity, [identity]);
  await bulkInsert(
    manager,
    IdentityBlockKeyEntity,
    blockKeys.map((blockKey) => ({ blockKey, identityId, customerId: identity.customerId })),
  );
  if (decision.customerId === null)
    return { outcome: 'new-customer', customerId: identity.customerId, identityId, decision };
  const members = candidates.filter((c) => c.customerId === decision.customerId);
  await writeGoldenRecord(manager, decision.customerId, goldenRecordOf([...members, identity]), now);
  return { outcome: 'linked', customerId: decision.customerId, identityId, decision };
}
