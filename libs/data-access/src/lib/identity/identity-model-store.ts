import {
  type FellegiSunterModel,
  generateCustomerRecords,
  IncrementalResolver,
  type ResolverConfigInput,
  resolveIdentities,
  type SourceRecord,
} from '@rapport/identity-resolution';
import { RapportError } from '@rapport/shared-util';
import { type EntityManager } from 'typeorm';
import { bulkInsert } from '../bulk-insert';
import { IdentityEntity } from '../entities/identity.entity';
import { ModelStateEntity } from '../entities/model-state.entity';
import { quote, tableName } from '../repositories/sql-helpers';
import { sourceRecordOfIdentity } from './identity-record';

/** model_states key of the incremental resolver's Fellegi-Sunter model. */
export const IDENTITY_MODEL_KEY = 'identity:model';
/**
 * model_states.state is TEXT on MySQL (64 KiB); a trained model with its term-frequency tables
 * is megabytes, so it is stored as a JSON string cut into parts `identity:model#1…n`. 25k
 * characters stay under the limit even if JSON escaping doubled every one.
 */
const PART_CHARS = 25_000;
/** Identities sampled for training: EM and u sampling are stable well before this. */
const DEFAULT_TRAINING_SAMPLE = 50_000;
/** Fewer stored identities than this give a poor fit: train on supplied or synthetic records. */
const MIN_TRAINING_RECORDS = 1_000;

export interface LoadIdentityResolverOptions {
  /** Resolver configuration (normalisation region, thresholds…). */
  config?: ResolverConfigInput;
  /** Most stored identities to train on when no model is stored. */
  trainingSample?: number;
  /**
   * Records to train on when the database holds too few identities (e.g. the first rows of
   * the file being imported). Without them, the lib's synthetic generator is used.
   */
  bootstrapRecords?: () => Promise<readonly SourceRecord[]>;
}

export interface StoredIdentityModel {
  model: FellegiSunterModel;
  /** Where it came from: loaded from model_states, or trained now (and stored). */
  origin: 'stored' | 'trained-on-identities' | 'trained-on-bootstrap' | 'trained-on-synthetic';
}

/** Reads the stored model, or null when none is stored. */
export async function readIdentityModel(manager: EntityManager): Promise<FellegiSunterModel | null> {
  const head = await manager.findOne(ModelStateEntity, { where: { key: IDENTITY_MODEL_KEY } });
  if (!head) return null;
  const parts = Number(head.state['parts']);
  const rows = (await manager.query(
    `SELECT ${quote(manager, 'key')} AS k, ${quote(manager, 'state')} AS s FROM ${tableName(manager, ModelStateEntity)} WHERE ${quote(manager, 'key')} LIKE ?`,
    [`${IDENTITY_MODEL_KEY}#%`],
  )) as Array<{ k: string; s: string }>;
  const byIndex = new Map(
    rows.map((r) => [
      Number(r.k.slice(IDENTITY_MODEL_KEY.length + 1)),
      String((JSON.parse(r.s) as { json: string }).json),
    ]),
  );
  let json = '';
  for (let i = 1; i <= parts; i++) {
    const part = byIndex.get(i);
    if (part === undefined)
      throw new RapportError(
        'INTERNAL',
        `${IDENTITY_MODEL_KEY}: part ${i} of ${parts} is missing; delete the identity:model rows to retrain`,
      );
    json += part;
  }
  return JSON.parse(json) as FellegiSunterModel;
}

/**
 * Stores a model, replacing any stored one; run it in a transaction so readers never see a
 * model with parts of two trainings. The head row carries the part count.
 */
export async function writeIdentityModel(
  manager: EntityManager,
  model: FellegiSunterModel,
  now = new Date(),
): Promise<void> {
  const json = JSON.stringify(model);
  const rows: ModelStateEntity[] = [];
  for (let start = 0, i = 1; start < json.length; start += PART_CHARS, i++) {
    rows.push({
      key: `${IDENTITY_MODEL_KEY}#${i}`,
      kind: 'identity',
      state: { json: json.slice(start, start + PART_CHARS) },
      version: 1,
      updatedAt: now,
    });
  }
  await manager.query(`DELETE FROM ${tableName(manager, ModelStateEntity)} WHERE ${quote(manager, 'key')} LIKE ?`, [
    `${IDENTITY_MODEL_KEY}#%`,
  ]);
  await manager.delete(ModelStateEntity, { key: IDENTITY_MODEL_KEY });
  await bulkInsert(manager, ModelStateEntity, rows);
  await bulkInsert(manager, ModelStateEntity, [
    {
      key: IDENTITY_MODEL_KEY,
      kind: 'identity',
      state: { parts: rows.length, trainedOn: model.trainedOn, chars: json.length },
      version: 1,
      updatedAt: now,
    },
  ]);
}

/**
 * The model incremental resolution scores with. The library has no untrained mode (m and u
 * probabilities and term frequencies are learnt), so when none is stored one is trained and
 * stored under {@link IDENTITY_MODEL_KEY}: on up to `trainingSample` stored identities (in id
 * order, which keeps customers' records together so EM sees real matches), or — when the
 * database holds fewer than 1,000 — on `bootstrapRecords`, or on the lib's seeded synthetic
 * customer population (multi-source UK-style records with households), which gives sane
 * parameters for customer data until a retrain on real identities.
 */
export async function loadIdentityModel(
  manager: EntityManager,
  options: LoadIdentityResolverOptions = {},
): Promise<StoredIdentityModel> {
  const stored = await readIdentityModel(manager);
  if (stored) return { model: stored, origin: 'stored' };
  const sample = options.trainingSample ?? DEFAULT_TRAINING_SAMPLE;
  const identities = await manager.find(IdentityEntity, { order: { id: 'ASC' }, take: sample });
  let records: readonly SourceRecord[] = identities.map(sourceRecordOfIdentity);
  let origin: StoredIdentityModel['origin'] = 'trained-on-identities';
  if (records.length < MIN_TRAINING_RECORDS) {
    const bootstrap = options.bootstrapRecords ? await options.bootstrapRecords() : [];
    if (bootstrap.length + records.length >= MIN_TRAINING_RECORDS) {
      records = [...records, ...bootstrap];
      origin = 'trained-on-bootstrap';
    } else {
      records = [...records, ...bootstrap, ...generateCustomerRecords({ people: 4_000, seed: 11 }).records];
      origin = 'trained-on-synthetic';
    }
  }
  const { model } = resolveIdentities(records, options.config ?? {});
  if (manager.queryRunner?.isTransactionActive) await writeIdentityModel(manager, model);
  else await manager.transaction((inner) => writeIdentityModel(inner, model));
  return { model, origin };
}

/** An {@link IncrementalResolver} over the stored (or freshly trained and stored) model. */
export async function loadIdentityResolver(
  manager: EntityManager,
  options: LoadIdentityResolverOptions = {},
): Promise<{ resolver: IncrementalResolver; origin: StoredIdentityModel['origin'] }> {
  const { model, origin } = await loadIdentityModel(manager, options);
  return { resolver: new IncrementalResolver(model, options.config ?? {}), origin };
}
