import 'reflect-metadata';
import { buildCli } from './cli';

buildCli()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`rapport: ${message}\n`);
    process.exit(1);
  });
