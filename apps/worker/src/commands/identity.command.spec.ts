import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');

// One end-to-end run of the real CLI (SWC start-up costs about a second); the cases live in
// identity/run-identity.spec.ts.
describe('node bin/rapport identity', () => {
  it('resolves two files together and evaluates against truth', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-identity-cli-'));
    try {
      writeFileSync(
        join(dir, 'crm.csv'),
        'id,given,family,mobile,dob\n1,William,Ashdown,07700 900111,1970-03-04\n2,Helen,Ashdown,07700 900222,1972-05-06\n',
      );
      writeFileSync(join(dir, 'whatsapp.csv'), 'source,source_id,first_name,phone\nwhatsapp,w1,Bill,+447700900111\n');
      writeFileSync(join(dir, 'truth.csv'), 'source,source_id,person_id\ncrm,1,p1\ncrm,2,p2\nwhatsapp,w1,p1\n');
      const resolveRun = spawnSync(
        process.execPath,
        ['bin/rapport', 'identity', 'resolve', '--records', join(dir, 'crm.csv'), '--records', join(dir, 'whatsapp.csv'),
          '--map', 'id=source_id,given=first_name,family=last_name', '--map', 'mobile=phone,dob=date_of_birth',
          '--out', join(dir, 'clusters.csv'), '--json'],
        { cwd: root, encoding: 'utf8' },
      );
      expect(resolveRun.stderr).toBe('');
      expect(resolveRun.status).toBe(0);
      expect(JSON.parse(resolveRun.stdout)).toMatchObject({ records: 3 });
      expect(readFileSync(join(dir, 'clusters.csv'), 'utf8').split('\n')[0]).toBe('source,source_id,customer_id');
      const evaluateRun = spawnSync(
        process.execPath,
        ['bin/rapport', 'identity', 'evaluate', '--clusters', join(dir, 'clusters.csv'), '--truth', join(dir, 'truth.csv')],
        { cwd: root, encoding: 'utf8' },
      );
      expect(evaluateRun.status).toBe(0);
      expect(evaluateRun.stdout).toMatch(/precision [\d.]+ {2}recall [\d.]+ {2}F1 [\d.]+/);
      const bad = spawnSync(process.execPath, ['bin/rapport', 'identity', 'resolve', '--records', join(dir, 'nope.csv'), '--out', join(dir, 'x.csv')], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/^rapport: .*nope\.csv: cannot read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
