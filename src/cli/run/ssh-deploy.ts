import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { deploySettings, SSH_DEPLOY_KEYS, type SshDeployInput } from '../../deploy/settings.js';
import { listReleases, sshDeploy } from '../../deploy/ssh-deploy.js';
import { deployText } from '../../deploy/summary.js';
import { maskSecrets } from '../../core/secrets.js';
import { createReport } from '../../report/report.js';
import { sshSecretsFromEnv } from '../../ssh/settings.js';
import { flagsAsInputs, type GlobalOptions } from '../options.js';
import { emitReport } from '../output.js';
import { terminalSteps } from '../progress.js';

/** `shipcheck ssh-deploy`, `rollback` and `releases`: returns the exit code. */
export async function runSshDeploy(
  dir: string,
  options: GlobalOptions,
  mode: 'deploy' | 'rollback' | 'releases',
): Promise<number> {
  const { root, config } = loadConfig(dir, options.config);
  const settings = deploySettings(
    root,
    (config['ssh-deploy'] ?? {}) as SshDeployInput,
    flagsAsInputs(SSH_DEPLOY_KEYS, options),
    sshSecretsFromEnv(),
    mode,
  );
  const quiet = options.quiet;
  const write = (line: string) => process.stderr.write(`${maskSecrets(line)}\n`);
  const run = await (mode === 'releases' ? listReleases : sshDeploy)(settings, {
    steps: terminalSteps(process.stderr, quiet),
    log: quiet ? () => undefined : (line) => write(`  │ ${line}`),
    warn: (line) => write(`warning: ${line}`),
  });
  const report = createReport({
    command: mode === 'deploy' ? 'ssh-deploy' : mode,
    findings: run.findings,
    failOn: resolveFailOn(options.failOn, config['fail-on']),
    data: run.data as unknown as Record<string, unknown>,
  });
  if (options.format === 'text' && !options.output) process.stdout.write(maskSecrets(deployText(run)));
  return emitReport(report, options);
}
