import { Agent, request } from 'node:http';

export interface OpenLoopOptions {
  url: string;
  headers: Record<string, string>;
  body: () => string;
  /** Requests per second, sent at even intervals whatever the server does. */
  rate: number;
  seconds: number;
  /** Keep-alive connections; a request finding them all busy waits for one (and that wait counts). */
  connections: number;
}

export interface OpenLoopResult {
  completed: number;
  errors: number;
  non2xx: number;
  /** Per request, ms from the moment it was due to be sent to the end of its response. */
  latencies: number[];
}

/**
 * An open-loop load generator: request k is due at k / rate seconds, and its latency counts from
 * then, so a slow server cannot slow the arrivals down and hide its queue (coordinated omission).
 * autocannon's rate option sends each connection's quota for the second in a burst at the start
 * of the second, which measures its own bursts; this spreads them evenly.
 */
export async function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const target = new URL(options.url);
  const result: OpenLoopResult = { completed: 0, errors: 0, non2xx: 0, latencies: [] };
  const inFlight = new Set<Promise<void>>();
  const interval = 1000 / options.rate;
  const total = Math.floor(options.seconds * options.rate);
  const start = performance.now();

  const send = (due: number) => {
    const done = new Promise<void>((settle) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: options.headers,
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            result.latencies.push(performance.now() - due);
            result.completed++;
            if (response.statusCode !== 200) result.non2xx++;
            settle();
          });
        },
      );
      req.on('error', () => {
        result.errors++;
        settle();
      });
      req.end(options.body());
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };

  let next = 0;
  await new Promise<void>((finished) => {
    const timer = setInterval(() => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) send(start + next++ * interval);
      if (next >= total) {
        clearInterval(timer);
        finished();
      }
    }, 1);
  });
  await Promise.all(inFlight);
  agent.destroy();
  return result;
}
