import 'reflect-metadata';
import { openDatabase } from '@rapport/data-access';
import { createGateway } from './app';

async function main(): Promise<void> {
  const dataSource = await openDatabase();
  const gateway = await createGateway(dataSource, Number(process.env['PORT'] ?? 4000));
  process.stdout.write(`${JSON.stringify({ level: 'info', msg: 'gateway ready', url: gateway.url })}\n`);
  const shutdown = async () => {
    await gateway.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
