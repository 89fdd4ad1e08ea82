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

/** The connection flags of every command that reaches a server; names mirror the action inputs. */
export function addConnectionOptions(command: Command, options: { hosts?: boolean } = {}): Command {
  if (options.hosts !== false) {
    command
      .option('--host <[user@]host[:port]>', 'the server (shipcheck.yml may list several under hosts)')
      .option('--hosts <list>', 'comma-separated servers, deployed in batches');
  }
  return command
    .option('--port <n>', 'SSH port (default: 22)')
    .option('--user <name>', 'login on the server')
    .option(
      '--key-file <file>',
      'private key file (or the key itself in SHIPCHECK_SSH_KEY; passphrase in SHIPCHECK_SSH_PASSPHRASE)',
    )
    .option('--known-hosts <file>', 'known_hosts file (or text) the host key must match')
    .option(
      '--host-key-fingerprint <SHA256:...>',
      'comma-separated host key fingerprints, instead of --known-hosts',
    )
    .option(
      '--skip-host-key-verification',
      'accept any host key (prints a warning; anyone in the middle can read the deploy)',
    )
    .option(
      '--jump-host <[user@]host[:port]>',
      'reach the server through this bastion (same key; host key checked too)',
    )
    .option('--connect-timeout <seconds>', 'TCP connect plus SSH handshake deadline (default: 20)');
}
