import { Option, type Command } from 'commander';
import { FORMATS, type Format } from '../report/render/index.js';
import { FAIL_ON_LEVELS, type FailOn } from '../report/types.js';

/** Flags every subcommand takes; names mirror the action inputs. */
export interface GlobalOptions {
  format: Format;
  output?: string;
  failOn?: FailOn;
  config?: string;
  debug: boolean;
  color: boolean;
  quiet: boolean;
}

export function addGlobalOptions(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'report format').choices(FORMATS).default('text'))
    .option('--output <file>', 'write the report to FILE instead of standard output')
    .addOption(
      new Option(
        '--fail-on <level>',
        'lowest severity that fails (default: shipcheck.yml fail-on, else error)',
      ).choices(FAIL_ON_LEVELS),
    )
    .option('--config <file>', 'configuration file (default: DIR/shipcheck.yml)')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--quiet', 'no progress lines on standard error', false)
    .option('--debug', 'print stack traces of unexpected errors', false);
}

/**
 * A command's flags as its action's inputs: commander names `--python-version` `pythonVersion`; the
 * settings readers take `python-version`, as action.yml and shipcheck.yml spell it.
 */
export function flagsAsInputs<K extends string>(
  keys: readonly K[],
  options: object,
): Partial<Record<K, unknown>> {
  const flags = options as Record<string, unknown>;
  return Object.fromEntries(
    keys.map((key) => [key, flags[key.replace(/-([a-z])/g, (_m, ch: string) => ch.toUpperCase())]]),
  ) as Partial<Record<K, unknown>>;
}
