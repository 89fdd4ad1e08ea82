import { Command } from 'commander';
import { addConnectionOptions, addGlobalOptions, type GlobalOptions } from '../options.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function postDeployVerifyCommand(): Command {
  const command = new Command('post-deploy-verify')
    .summary('prove the deployed app works: endpoints, TLS, redirects, uploads, the commit, host resources')
    .description(
      'Waits until the app is ready (--wait-url, retried with backoff within --wait-timeout), then runs every check ' +
        'once, --concurrency at a time: the spec (--spec FILE or shipcheck.yml verify:) plus the quick flags. ' +
        'Exit 1 on any failure. Docs: docs/post-deploy-verify.md.',
    )
    .argument('[dir]', 'project directory (holds shipcheck.yml)', '.')
    .option('--spec <file>', 'YAML spec: checks, tls, redirects, uploads, version, resources, database')
    .option('--base-url <url>', 'joined with the paths of the checks')
    .option('--url <url>', 'GET, expects 2xx (repeatable)', collect)
    .option('--wait-url <url>', 'readiness URL retried until 2xx before the checks')
    .option('--wait-timeout <seconds>', 'deadline for --wait-url (default: 120)')
    .option('--tls <host:port>', 'TLS profile: expiry, hostname, chain, protocol, HSTS (repeatable)', collect)
    .option('--ca-file <file>', 'trust this CA (a private one) besides the system roots')
    .option('--min-days <n>', 'fail when the certificate expires in fewer days (default: 7)')
    .option(
      '--redirect <url>',
      'plain-HTTP URL that must redirect to https on the same host (repeatable)',
      collect,
    )
    .option(
      '--upload <url>',
      "multipart upload of '陈熙蕾.docx'; the stored name must keep .docx (repeatable)",
      collect,
    )
    .option('--expect-sha <sha>', 'the commit the server must run')
    .option(
      '--version-url <url>',
      'where the app reports its commit (default with --expect-sha: read current over SSH)',
    )
    .option('--resources', 'memory, swap, load, disk and containers of --host over SSH')
    .option('--database-url <url>', 'mysql://user:password@host:port/db that must answer SELECT 1')
    .option(
      '--app-dir <dir>',
      "the app folder on the server (ssh-deploy's), for the commit and the disk check",
    )
    .option('--concurrency <n>', 'checks at once (default: 8)')
    .option('--timeout <seconds>', 'per request (default: 10)')
    .option('--junit-file <file>', 'also write JUnit XML');
  addConnectionOptions(command);
  addGlobalOptions(command);
  command.action(async (dir: string, options: GlobalOptions) => {
    const { runPostDeployVerify } = await import('../run/post-deploy-verify.js');
    command.setOptionValue('exitCode', await runPostDeployVerify(dir, options));
  });
  return command;
}
