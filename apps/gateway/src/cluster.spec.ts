import { restartDelayMs } from './cluster';

describe('restartDelayMs', () => {
  it('restarts at once after a worker that ran well, then backs off exponentially up to a minute', () => {
    expect([0, 1, 2, 3, 4].map(restartDelayMs)).toEqual([0, 1_000, 2_000, 4_000, 8_000]);
    expect(restartDelayMs(7)).toBe(60_000);
    expect(restartDelayMs(50)).toBe(60_000);
  });
});
