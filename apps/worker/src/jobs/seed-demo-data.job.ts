import {
  bulkInsert,
  ConsentEntity,
  ConversationEventEntity,
  CustomerEntity,
  IdentityBlockKeyEntity,
  identityBlockKeyRows,
  IdentityEntity,
  OfferEntity,
  OfferRevisionEntity,
  TransactionEntity,
} from '@rapport/data-access';
import { hashString, RapportError, SeededRandom } from '@rapport/shared-util';
import { type DataSource } from 'typeorm';
import {
  type BlockKeyStaging,
  createBlockKeyStaging,
  publishStagedBlockKeys,
  stageBlockKeys,
} from '../seed/block-key-staging';
import { dropSecondaryIndexes, restoreIndexes } from '../seed/deferred-indexes';
import { DEMO_OFFERS } from '../seed/demo-offers';
import { generateDemoData, type DemoDataOptions } from '../seed/demo-data-generator';

export interface SeedResult {
  customers: number;
  identities: number;
  /** identity_block_keys rows: the index incremental identity resolution looks candidates up in. */
  blockKeys: number;
  events: number;
  transactions: number;
  consents: number;
  offers: number;
  elapsedMs: number;
}

/**
 * Writes the demo catalog and `customers` synthetic customers. Each chunk is written in one
 * transaction with multi-row inserts, so an interrupted seed leaves only whole customers.
 * On MySQL their identity_block_keys are published in one ordered statement at the end (see
 * `block-key-staging.ts`): an interrupted seed leaves customers without keys, and a staging
 * table — re-seed with --reset.
 */
export async function seedDemoData(
  dataSource: DataSource,
  options: DemoDataOptions & {
    /** Also write identity_block_keys (default true). Without them, incremental resolution cannot find the seeded people until they are indexed. */
    blockKeys?: boolean;
  },
  onProgress: (done: number) => void = () => undefined,
): Promise<SeedResult> {
  const started = Date.now();
  const existing = await dataSource.manager.count(CustomerEntity);
  if (existing > 0 && (options.startIndex ?? 0) === 0) {
    throw new RapportError(
      'CONFLICT',
      `The database already holds ${existing} customers: run \`rapport db reset\` first, or seed with --reset.`,
    );
  }
  const result: SeedResult = {
    customers: 0,
    identities: 0,
    blockKeys: 0,
    events: 0,
    transactions: 0,
    consents: 0,
    offers: 0,
    elapsedMs: 0,
  };
  result.offers = await seedDemoOffers(dataSource, options.seed, options.asOf);

  const sqlite = dataSource.options.type === 'better-sqlite3';
  const withBlockKeys = options.blockKeys !== false;
  const staging = sqlite || !withBlockKeys ? null : await createBlockKeyStaging(dataSource);
  // Into an empty MySQL database: indexes built once at the end instead of row by row.
  const deferred = sqlite || existing > 0 ? null : await dropSecondaryIndexes(dataSource);
  try {
    await seedCustomers(dataSource, options, { sqlite, withBlockKeys, staging }, result, onProgress);
  } catch (error) {
    if (deferred) await restoreIndexes(dataSource, deferred);
    throw error;
  }
  // The index builds and the block-key publish touch different tables: run them side by side.
  await Promise.all([
    deferred ? restoreIndexes(dataSource, deferred) : undefined,
    staging ? publishStagedBlockKeys(dataSource, staging) : undefined,
  ]);
  result.elapsedMs = Date.now() - started;
  return result;
}

/** Generates and writes the customers chunk by chunk, each chunk in one transaction. */
async function seedCustomers(
  dataSource: DataSource,
  options: DemoDataOptions,
  how: { sqlite: boolean; withBlockKeys: boolean; staging: BlockKeyStaging | null },
  result: SeedResult,
  onProgress: (done: number) => void,
): Promise<void> {
  const { sqlite, withBlockKeys, staging } = how;
  // Three chunks in flight on MySQL: the server inserts one while Node generates the next.
  // SQLite has one writer, so there it stays one at a time.
  const inFlight = sqlite ? 1 : 3;
  const writing = new Set<Promise<void>>();
  for (const chunk of generateDemoData(options)) {
    // Keys computed by the identity lib exactly as `resolveAndLinkRecord` computes them, so
    // records resolved later find the seeded customers.
    const blockKeys = withBlockKeys ? identityBlockKeyRows(chunk.identities) : [];
    const write: Promise<void> = dataSource
      .transaction(async (manager) => {
        await bulkInsert(manager, CustomerEntity, chunk.customers);
        await bulkInsert(manager, IdentityEntity, chunk.identities);
        if (staging) await stageBlockKeys(manager, staging, blockKeys);
        else await bulkInsert(manager, IdentityBlockKeyEntity, blockKeys);
        await bulkInsert(manager, TransactionEntity, chunk.transactions);
        await bulkInsert(manager, ConversationEventEntity, chunk.events);
        await bulkInsert(manager, ConsentEntity, chunk.consents);
      })
      .then(() => {
        writing.delete(write);
        result.customers += chunk.customers.length;
        result.identities += chunk.identities.length;
        result.blockKeys += blockKeys.length;
        result.events += chunk.events.length;
        result.transactions += chunk.transactions.length;
        result.consents += chunk.consents.length;
        onProgress(result.customers);
      });
    writing.add(write);
    if (writing.size >= inFlight) await Promise.race(writing);
  }
  await Promise.all(writing);
}

/** Inserts the demo catalog (skipping codes that exist) with a create revision per offer. */
export async function seedDemoOffers(dataSource: DataSource, seed: number | string, asOf: Date): Promise<number> {
  const rng = new SeededRandom(hashString(`offers:${seed}`));
  const id = () => {
    const hex = (n: number) =>
      Math.floor(rng.next() * 16 ** n)
        .toString(16)
        .padStart(n, '0');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(6)}${hex(6)}`;
  };
  const existingCodes = new Set(
    (await dataSource.manager.find(OfferEntity, { select: { code: true } })).map((o) => o.code),
  );
  const offers: OfferEntity[] = [];
  const revisions: OfferRevisionEntity[] = [];
  for (const demo of DEMO_OFFERS) {
    const offerId = id();
    if (existingCodes.has(demo.code)) continue;
    const treatments = Object.fromEntries(demo.channels.map((channel) => [channel, treatmentText(demo.name, channel)]));
    const offer: OfferEntity = {
      ...demo,
      id: offerId,
      treatments,
      validFrom: new Date(asOf.getTime() - 365 * 86_400_000),
      validTo: demo.status === 'retired' ? asOf : new Date(asOf.getTime() + 365 * 86_400_000),
      version: 1,
      createdAt: asOf,
      updatedAt: asOf,
    };
    offers.push(offer);
    const snapshot: Partial<OfferEntity> = { ...offer };
    delete snapshot.createdAt;
    delete snapshot.updatedAt;
    revisions.push({
      id: id(),
      offerId,
      version: 1,
      action: 'create',
      actor: 'seed',
      changes: Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, { from: null, to: v }])),
      snapshot: snapshot as unknown as Record<string, unknown>,
      createdAt: asOf,
    });
  }
  await dataSource.transaction(async (manager) => {
    await bulkInsert(manager, OfferEntity, offers);
    await bulkInsert(manager, OfferRevisionEntity, revisions);
  });
  return offers.length;
}

function treatmentText(name: string, channel: string): string {
  switch (channel) {
    case 'sms':
    case 'whatsapp':
      return `${name} — reply YES to hear more`;
    case 'call_center':
    case 'store':
      return `Mention to the customer: ${name}`;
    case 'email':
      return `Subject: ${name}`;
    default:
      return name;
  }
}
