import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');

// The real CLI; refresh runs themselves are tested in jobs/refresh.
describe('node bin/rapport refresh', () => {
  it('stops on a misspelt channel before touching the database', () => {
    const typo = spawnSync(process.execPath, ['bin/rapport', 'refresh', '--channels', 'email,emial'], {
      cwd: root,
      // A database that does not exist: the option is refused before it is opened.
      env: { ...process.env, DATABASE_URL: 'mysql://nobody@127.0.0.1:1/none' },
      encoding: 'utf8',
    });
    expect(typo.status).not.toBe(0);
    expect(typo.stderr).toMatch(/--channels.*unknown channel "emial" \(channels: call_center, web/);
  }, 30_000);
});
