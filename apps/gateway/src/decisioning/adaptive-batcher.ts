interface Pending<In, Out> {
  item: In;
  resolve: (out: Out) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs `work` over batches of concurrent calls, one batch at a time. When idle a call goes at
 * once (no added latency); calls arriving while a batch is in flight wait for it and then go
 * together in the next one, so under load many requests share one database round trip — and its
 * per-statement cost, which on MariaDB dominates a decision's CPU time — instead of each paying
 * for its own. Each call settles only when its batch finished. If a batch fails, its calls are
 * retried one by one, so a failure reaches only the call that causes it.
 */
export class AdaptiveBatcher<In, Out> {
  private queue: Array<Pending<In, Out>> = [];
  private running = false;

  /** `work` answers one result per item, in order. */
  constructor(
    private readonly work: (items: In[]) => Promise<Out[]>,
    private readonly maxBatch: number,
  ) {}

  run(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          const results = await this.work(batch.map((p) => p.item));
          batch.forEach((p, i) => p.resolve(results[i]));
        } catch (error) {
          if (batch.length === 1) batch[0].reject(error);
          else for (const p of batch) await this.work([p.item]).then(([out]) => p.resolve(out), p.reject);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
