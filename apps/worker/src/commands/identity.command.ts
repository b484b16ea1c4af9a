import { type Command } from 'commander';

/** Registers `rapport identity …`. (Filled in by the identity issue.) */
export function registerIdentityCommands(program: Command): void {
  program.command('identity').description('identity commands (not yet available)');
}
