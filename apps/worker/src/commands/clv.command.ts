import { type Command } from 'commander';

/** Registers `rapport clv …`. (Filled in by the clv issue.) */
export function registerClvCommands(program: Command): void {
  program.command('clv').description('clv commands (not yet available)');
}
