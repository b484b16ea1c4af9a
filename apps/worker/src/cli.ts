import { Command } from 'commander';
import { registerClvCommands } from './commands/clv.command';
import { registerDbCommands } from './commands/db.command';
import { registerIdentityCommands } from './commands/identity.command';
import { registerImportCommands } from './commands/import.command';
import { registerModelsCommand } from './commands/models.command';
import { registerRefreshCommand } from './commands/refresh.command';
import { registerWorkerCommand } from './commands/worker.command';
import { registerSeedCommand } from './commands/seed.command';

/**
 * The `rapport` command-line tool. Each concern registers its sub-commands from
 * commands/<concern>.command.ts, so adding a command never touches the others.
 */
export function buildCli(): Command {
  const program = new Command('rapport')
    .description('Rapport: one conversation with every customer. Database, demo data, CLV, identity and batch jobs.')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });
  registerDbCommands(program);
  registerSeedCommand(program);
  registerClvCommands(program);
  registerIdentityCommands(program);
  registerImportCommands(program);
  registerModelsCommand(program);
  registerRefreshCommand(program);
  registerWorkerCommand(program);
  return program;
}
