import {
  BatchDecisionEntity,
  BatchRunEntity,
  bulkInsert,
  countBatchRecommendations,
  loadDecisionEngine,
  type BatchRunStatus,
} from '@rapport/data-access';
import { type DecisionEngine } from '@rapport/decisioning';
import { uuidV7 } from '@rapport/shared-util';
import { type DataSource } from 'typeorm';
import { changedCustomerIds, countCustomersAfter, nextCustomerIdPage } from './customer-id-pages';
import { loadCustomerChunk } from './load-customer-chunk';
import { loadPopulationFit, refitPopulation, type PopulationFit } from './population-fit';
import { addCounts, BATCH_ENGINE_OPTIONS, emptyCounts, type RefreshCounts, type RefreshParams } from './refresh-params';
import { scoreChunkInSlices } from './score-chunk';
import { writeChunk, type ProgressTarget } from './write-chunk';

export interface RefreshHooks {
  /** Called once the number of customers to visit is known (including those done before a resume). */
  onStart?: (total: number) => void;
  /** Called after every committed chunk. */
  onChunk?: (progress: { done: number; total: number; counts: RefreshCounts }) => void;
  /** Checked between chunks: true stops the run after the current chunk, resumably. */
  shouldStop?: () => boolean;
  /** Test hook: runs after a chunk is computed, before it is written. */
  beforeWrite?: (chunkIndex: number) => Promise<void> | void;
}

export interface RefreshOutcome {
  runId: string;
  status: BatchRunStatus;
  counts: RefreshCounts;
  errors: Array<{ customerId?: string; message: string }>;
}

/** Creates the BatchRun row of a new refresh. */
export async function createRefreshRun(dataSource: DataSource, params: RefreshParams): Promise<BatchRunEntity> {
  const run: BatchRunEntity = {
    id: uuidV7(),
    kind: 'refresh',
    status: 'running',
    startedAt: new Date(),
    finishedAt: null,
    params: params as unknown as Record<string, unknown>,
    counts: emptyCounts() as unknown as Record<string, number>,
    errors: [],
    checkpoint: null,
    shards: null,
  };
  await bulkInsert(dataSource.manager, BatchRunEntity, [run]);
  return run;
}

/** The refresh to continue: must exist and not be completed. */
export async function findResumableRun(dataSource: DataSource, runId: string): Promise<BatchRunEntity> {
  const run = await dataSource.manager.findOneBy(BatchRunEntity, { id: runId, kind: 'refresh' });
  if (!run) throw new Error(`no refresh run ${runId}`);
  if (run.status === 'completed') throw new Error(`refresh run ${runId} already completed`);
  return run;
}

/** `changedSince` default: the start of the last completed refresh, if any (and if it left decisions). */
export async function lastCompletedRefreshStart(dataSource: DataSource): Promise<Date | null> {
  const last = await dataSource.manager.findOne(BatchRunEntity, {
    where: { kind: 'refresh', status: 'completed' },
    order: { startedAt: 'DESC' },
  });
  if (!last) return null;
  // No stored decision at all (e.g. just after the migration that moved batch recommendations to
  // batch_decisions): an incremental run would leave the unchanged customers without any.
  const anyDecision = await dataSource.manager.findOne(BatchDecisionEntity, {
    select: { customerId: true },
    where: {},
  });
  return anyDecision ? last.startedAt : null;
}

/** The population CLV fit, refitted when asked or when none exists yet. */
export async function ensurePopulationFit(dataSource: DataSource, now: Date, refit: boolean): Promise<PopulationFit> {
  const existing = refit ? null : await loadPopulationFit(dataSource.manager);
  return existing ?? refitPopulation(dataSource, now);
}

/**
 * Runs (or resumes) a refresh: streams customer ids in keyset pages from the run's checkpoint,
 * loads each chunk set-wise, scores it, writes it with its checkpoint in one transaction.
 * Ctrl-C (via `shouldStop`) ends after the current chunk with status `stopped`.
 */
export async function executeRefreshRun(
  dataSource: DataSource,
  run: BatchRunEntity,
  hooks: RefreshHooks = {},
  prepared?: { fit: PopulationFit; engine: DecisionEngine },
): Promise<RefreshOutcome> {
  const params = run.params as unknown as RefreshParams;
  const counts = { ...emptyCounts(), ...(run.counts as Partial<RefreshCounts> | null) } as RefreshCounts;
  const errors = [...(run.errors ?? [])];
  await dataSource.manager.update(BatchRunEntity, { id: run.id }, { status: 'running', finishedAt: null });
  try {
    const stopped = await processCustomers(dataSource, run.id, params, {
      after: run.checkpoint ?? params.fromId ?? '',
      toId: params.toId,
      target: { kind: 'run', runId: run.id },
      counts,
      errors,
      hooks,
      prepared,
    });
    const status = stopped ? 'stopped' : 'completed';
    await finish(dataSource, run.id, status, counts, errors);
    return { runId: run.id, status, counts, errors };
  } catch (error) {
    errors.push({ message: error instanceof Error ? error.message : String(error) });
    // Keep the counts committed with the last checkpoint: a resumed run adds to exactly those.
    const committed = await dataSource.manager.findOneBy(BatchRunEntity, { id: run.id });
    await finish(
      dataSource,
      run.id,
      'failed',
      { ...counts, ...(committed?.counts as Partial<RefreshCounts> | null) },
      errors,
    );
    throw error;
  }
}

/**
 * The chunk loop shared by single-process runs and distributed shards. Returns true when it
 * stopped early on request. `counts` and `errors` are updated in place.
 */
export async function processCustomers(
  dataSource: DataSource,
  runId: string,
  params: RefreshParams,
  scope: {
    after: string;
    toId?: string | null;
    target: ProgressTarget;
    counts: RefreshCounts;
    errors: Array<{ customerId?: string; message: string }>;
    hooks?: RefreshHooks;
    prepared?: { fit: PopulationFit; engine: DecisionEngine };
  },
): Promise<boolean> {
  const { counts, errors, hooks = {} } = scope;
  const now = new Date(params.now);
  const fit = scope.prepared?.fit ?? (await ensurePopulationFit(dataSource, now, false));
  const engine = scope.prepared?.engine ?? (await loadDecisionEngine(dataSource.manager, BATCH_ENGINE_OPTIONS));
  const pages = customerPages(dataSource, params, scope.after, scope.toId);
  const total = counts.customers + (await pages.total());
  hooks.onStart?.(total);
  let chunkIndex = 0;
  // Pipelining, three stages deep: while chunk k is scored, chunk k+1 is read and chunk k-1 is
  // written. Scoring yields to the event loop between slices, so the reads' and the write's
  // statements keep flowing to the server meanwhile. Reading ahead is safe: a chunk's write
  // touches only its own customers. Writes stay strictly in order (each awaits the previous), so
  // checkpoints only ever move forward over committed work.
  const readChunk = async () => {
    const started = Date.now();
    const ids = await pages.next();
    const states = ids.length > 0 ? await loadCustomerChunk(dataSource.manager, ids, now) : [];
    return { ids, states, readMs: Date.now() - started };
  };
  let nextRead = readChunk();
  // Up to two chunk writes overlap on MySQL (each commits only after its predecessor: see
  // writeChunk), so the server works on both cores; SQLite has a single writer.
  const overlapWrites = dataSource.options.type !== 'better-sqlite3';
  let lastWrite: Promise<void> = Promise.resolve();
  let writeBefore: Promise<void> = Promise.resolve();
  const allWrites = () => Promise.all([writeBefore, lastWrite]);
  try {
    for (;;) {
      if (hooks.shouldStop?.()) {
        await allWrites();
        return true;
      }
      const { ids, states, readMs } = await nextRead;
      if (ids.length === 0) {
        await allWrites();
        return false;
      }
      nextRead = readChunk();
      const chunk = emptyCounts();
      chunk.readMs = readMs;
      const started = Date.now();
      const scored = await scoreChunkInSlices(states, fit, engine, params, { runId, newId: uuidV7 });
      chunk.computeMs = Date.now() - started;
      chunk.customers = ids.length;
      for (const row of scored.decisions) {
        chunk.decisions += row.decisions.channels.length;
        chunk.recommendations += countBatchRecommendations(row);
      }
      chunk.skipped = scored.skipped.length;
      chunk.chunks = 1;
      // At most two writes in flight (one on SQLite): wait for the one before the last.
      await (overlapWrites ? writeBefore : lastWrite);
      errors.push(...scored.skipped.slice(0, Math.max(0, 1000 - errors.length)));
      await hooks.beforeWrite?.(chunkIndex++);
      const next = addCounts({ ...counts }, chunk);
      Object.assign(counts, next);
      const previous = lastWrite;
      writeBefore = previous;
      lastWrite = (async () => {
        const writeStarted = Date.now();
        if (params.dryRun) {
          await previous;
          if (scope.target.kind === 'run') {
            await dataSource.manager.update(
              BatchRunEntity,
              { id: runId },
              { counts: next as unknown as Record<string, number> },
            );
          }
        } else {
          await writeChunk(
            dataSource.manager,
            ids,
            scored,
            scope.target,
            ids[ids.length - 1],
            next as unknown as Record<string, number>,
            previous,
          );
        }
        // A chunk's write time is only known after its commit; it is recorded with the next checkpoint.
        counts.writeMs += Date.now() - writeStarted;
        hooks.onChunk?.({ done: next.customers, total, counts });
      })();
      // Awaited later (next iteration or finally); marked handled now so a failure that lands
      // while the next chunk is being scored is not reported as an unhandled rejection.
      lastWrite.catch(() => undefined);
    }
  } finally {
    // Never leave a write running behind the caller's back (e.g. when scoring threw), nor a
    // read-ahead's failure unhandled after an early return.
    await allWrites().catch(() => undefined);
    await nextRead.catch(() => undefined);
  }
}

async function finish(
  dataSource: DataSource,
  runId: string,
  status: BatchRunStatus,
  counts: RefreshCounts,
  errors: Array<{ customerId?: string; message: string }>,
): Promise<void> {
  await dataSource.manager.update(
    BatchRunEntity,
    { id: runId },
    { status, finishedAt: new Date(), counts: counts as unknown as Record<string, number>, errors },
  );
}

/** Keyset pages of all customers, or of the changed ones in incremental mode. */
function customerPages(dataSource: DataSource, params: RefreshParams, after: string, toId?: string | null) {
  if (params.mode === 'incremental') {
    let ids: string[] | null = null;
    let offset = 0;
    const load = async () =>
      (ids ??= await changedCustomerIds(dataSource, new Date(params.changedSince ?? 0), new Date(params.now), {
        fromId: after,
        toId,
      }));
    return {
      total: async () => (await load()).length,
      next: async () => {
        const all = await load();
        const page = all.slice(offset, offset + params.chunkSize);
        offset += page.length;
        return page;
      },
    };
  }
  let cursor = after;
  return {
    total: async () => countCustomersAfter(dataSource, after, toId),
    next: async () => {
      const page = await nextCustomerIdPage(dataSource, cursor, params.chunkSize, toId);
      if (page.length > 0) cursor = page[page.length - 1];
      return page;
    },
  };
}
