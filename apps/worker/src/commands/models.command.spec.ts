import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');

// One run of the real CLI on a fresh SQLite file; the report's figures are tested in
// models/build-models-report.db.spec.ts.
describe('node bin/rapport models', () => {
  it('reports on a migrated database, as text or JSON, and refuses a bad option', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-models-cli-'));
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'rapport.sqlite')}` };
    const rapport = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/rapport', ...args], { cwd: root, env, encoding: 'utf8' });
    try {
      expect(rapport('db', 'migrate').status).toBe(0);
      const text = rapport('models', '--days', '7');
      expect(text.status).toBe(0);
      expect(text.stdout).toMatch(/^Lift over the control group, real-time recommendations of the last 7 days/);
      expect(text.stdout).toMatch(/Propensity models: 0/);
      const json = rapport('models', '--json');
      expect(json.status).toBe(0);
      expect(JSON.parse(json.stdout)).toMatchObject({
        modelCount: 0,
        models: [],
        lift: { model: { recommendations: 0 } },
      });
      const bad = rapport('models', '--confidence', '2');
      expect(bad.status).not.toBe(0);
      expect(bad.stderr).toMatch(/--confidence.*must be between 0\.5 and 0\.999/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
