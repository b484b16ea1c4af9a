import { type ConnectionOptions } from 'bullmq';

/** Queue name; RAPPORT_QUEUE overrides it so parallel test runs never share a queue. */
export function refreshQueueName(): string {
  return process.env['RAPPORT_QUEUE'] ?? 'rapport-refresh';
}

/** BullMQ connection options from REDIS_URL (default redis://127.0.0.1:6379). */
export function redisConnection(url = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379'): ConnectionOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    // Workers block on Redis; BullMQ requires this to be null for blocking connections.
    maxRetriesPerRequest: null,
  };
}

/** One shard job: which run and which shard; everything else is read from the database. */
export interface ShardJobData {
  runId: string;
  shardIndex: number;
}
