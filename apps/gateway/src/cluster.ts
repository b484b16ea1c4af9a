import cluster, { type Worker } from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { type Logger } from 'pino';
import { AggregatorRegistry, type Registry } from 'prom-client';

/**
 * Several gateway processes on one port (node:cluster): the primary forks the workers, restarts
 * one that dies, stops them all on SIGTERM/SIGINT, and sums their metrics, so /metrics on any
 * worker reports the whole gateway (a scrape reaches one worker at random).
 *
 * Each worker has its own engine cache and propensity store: outcomes one worker learns reach
 * the others within CATALOG_CHECK_MS (5 s), when their caches read the changed model rows, as
 * between gateway machines (see DecisionEngineCache).
 */

const METRICS_REQUEST = 'rapport:metrics-request';
const METRICS_RESPONSE = 'rapport:metrics-response';
/** A worker that lived at least this long counts as having run well: its restart goes at once. */
const HEALTHY_UPTIME_MS = 60_000;
/** Pause before restarting a worker that died young, doubling with each such death in a row. */
const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 60_000;
/** Workers that have not stopped by then are killed. */
const STOP_TIMEOUT_MS = 12_000;

/**
 * How long to wait before restarting a worker: at once after one that ran well; after
 * `failures` young deaths in a row (a database that is down, a bad setting), 1 s, 2 s, 4 s, …
 * up to a minute, so a crash loop neither spins nor floods the logs.
 */
export function restartDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** (failures - 1));
}

interface MetricsRequest {
  type: typeof METRICS_REQUEST;
  id: string;
}
interface MetricsResponse {
  type: typeof METRICS_RESPONSE;
  id: string;
  text?: string;
  error?: string;
}

/** In the primary: forks `workers` gateway processes and looks after them until a stop signal. */
export function runGatewayPrimary(workers: number, logger: Logger): void {
  const aggregator = new AggregatorRegistry();
  let stopping = false;
  /** Workers in a row that died before HEALTHY_UPTIME_MS. */
  let youngDeaths = 0;
  const startedAt = new Map<number, number>();

  const answerMetrics = async (worker: Worker, message: unknown) => {
    if ((message as MetricsRequest | undefined)?.type !== METRICS_REQUEST) return;
    const { id } = message as MetricsRequest;
    let response: MetricsResponse;
    try {
      response = { type: METRICS_RESPONSE, id, text: await aggregator.clusterMetrics() };
    } catch (error) {
      response = { type: METRICS_RESPONSE, id, error: error instanceof Error ? error.message : String(error) };
    }
    if (worker.isConnected()) worker.send(response);
  };
  const fork = () => {
    if (stopping) return;
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
    worker.on('message', (message: unknown) => void answerMetrics(worker, message));
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info('all gateway workers stopped');
        process.exit(0);
      }
      return;
    }
    const uptime = Date.now() - (startedAt.get(worker.id) ?? Date.now());
    startedAt.delete(worker.id);
    youngDeaths = uptime >= HEALTHY_UPTIME_MS ? 0 : youngDeaths + 1;
    const delay = restartDelayMs(youngDeaths);
    logger.error(
      { pid: worker.process.pid, code, signal, uptimeMs: uptime, restartInMs: delay },
      'gateway worker exited; starting another',
    );
    setTimeout(fork, delay);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: Object.keys(cluster.workers ?? {}).length }, 'stopping the gateway workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => {
      logger.error(`gateway workers still running after ${STOP_TIMEOUT_MS / 1000} s; exiting`);
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  for (let i = 0; i < workers; i++) fork();
  logger.info({ workers }, 'gateway primary started its workers');
}

/** In a worker: lets the primary read this process's metrics (prom-client's cluster protocol). */
export function shareWorkerMetrics(registry: Registry): void {
  // Constructing one installs prom-client's listener for the primary's requests (in a worker).
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

/** In a worker: the metrics of every worker, summed by the primary. */
export function clusterMetrics(timeoutMs = 5_000): Promise<string> {
  const send = process.send?.bind(process);
  if (!send) return Promise.reject(new Error('not a cluster worker'));
  const id = randomUUID();
  return new Promise<string>((resolve, reject) => {
    const onMessage = (message: unknown) => {
      const response = message as MetricsResponse | undefined;
      if (response?.type !== METRICS_RESPONSE || response.id !== id) return;
      done();
      if (response.text !== undefined) resolve(response.text);
      else reject(new Error(`the primary could not gather metrics: ${response.error ?? 'no answer'}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`the primary did not answer for metrics within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      process.off('message', onMessage);
    };
    process.on('message', onMessage);
    send({ type: METRICS_REQUEST, id } satisfies MetricsRequest);
  });
}

/** Whether this process is one of several gateway workers. */
export const isGatewayWorker = (): boolean => cluster.isWorker;
