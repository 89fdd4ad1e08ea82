import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { maskSecrets } from '../../core/secrets.js';
import { createReport } from '../../report/report.js';
import { sshSecretsFromEnv, type SshConnectionInput } from '../../ssh/settings.js';
import {
  POST_DEPLOY_VERIFY_KEYS,
  verifySettings,
  type PostDeployVerifyInput,
} from '../../verify/settings.js';
import { verifyText, writeJunit } from '../../verify/summary.js';
import { postDeployVerify } from '../../verify/verify.js';
import { flagsAsInputs, type GlobalOptions } from '../options.js';
import { emitReport } from '../output.js';
import { terminalSteps } from '../progress.js';

/** `shipcheck post-deploy-verify`: returns the exit code. */
export async function runPostDeployVerify(dir: string, options: GlobalOptions): Promise<number> {
  const { root, config } = loadConfig(dir, options.config);
  const settings = verifySettings(
    root,
    {
      verify: config.verify,
      section: (config['post-deploy-verify'] ?? {}) as PostDeployVerifyInput,
      sshDefaults: (config['ssh-deploy'] ?? {}) as SshConnectionInput,
    },
    flagsAsInputs(POST_DEPLOY_VERIFY_KEYS, options),
    sshSecretsFromEnv(),
  );
  const write = (line: string) => process.stderr.write(`${maskSecrets(line)}\n`);
  const run = await postDeployVerify(settings, {
    steps: terminalSteps(process.stderr, options.quiet),
    log: options.quiet ? () => undefined : (line) => write(`  │ ${line}`),
    warn: (line) => write(`warning: ${line}`),
  });
  if (settings.junitFile) writeJunit(settings.junitFile, run);
  const report = createReport({
    command: 'post-deploy-verify',
    findings: run.findings,
    failOn: resolveFailOn(options.failOn, config['fail-on']),
    data: run.data as unknown as Record<string, unknown>,
  });
  if (options.format === 'text' && !options.output) process.stdout.write(maskSecrets(verifyText(run)));
  return emitReport(report, options);
}
