import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { createReport } from '../../report/report.js';
import { compareSchemas } from '../../schema/compare.js';
import {
  schemaCompareSettings,
  SCHEMA_COMPARE_KEYS,
  type SchemaCompareInput,
} from '../../schema/settings.js';
import { sshSecretsFromEnv, type SshConnectionInput } from '../../ssh/settings.js';
import { flagsAsInputs, type GlobalOptions } from '../options.js';
import { emitReport } from '../output.js';
import { terminalSteps } from '../progress.js';

/** `shipcheck schema-compare`: returns the exit code. */
export async function runSchemaCompare(dir: string, options: GlobalOptions): Promise<number> {
  const { root, config } = loadConfig(dir, options.config);
  const overrides: SchemaCompareInput = flagsAsInputs(SCHEMA_COMPARE_KEYS, options);
  const settings = schemaCompareSettings(
    root,
    (config['schema-compare'] ?? {}) as SchemaCompareInput,
    overrides,
    {
      defaults: (config['ssh-deploy'] ?? {}) as SshConnectionInput,
      secrets: sshSecretsFromEnv(),
    },
  );
  const result = await terminalSteps(process.stderr, options.quiet).run('schema-compare', () =>
    compareSchemas(settings),
  );
  const report = createReport({
    command: 'schema-compare',
    findings: result.findings,
    failOn: resolveFailOn(options.failOn, config['fail-on']),
    data: result.data,
  });
  return emitReport(report, options);
}
