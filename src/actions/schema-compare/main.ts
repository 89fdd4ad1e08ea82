import * as core from '@actions/core';
import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { createReport } from '../../report/report.js';
import { compareSchemas } from '../../schema/compare.js';
import {
  schemaCompareSettings,
  SCHEMA_COMPARE_KEYS,
  type SchemaCompareInput,
} from '../../schema/settings.js';
import type { SshConnectionInput } from '../../ssh/settings.js';
import { readSshSecrets } from '../shared/inputs.js';
import { runAction } from '../shared/run-action.js';
import { actionsSteps } from '../shared/steps.js';

await runAction(async (inputs) => {
  const { root, config } = loadConfig(inputs.workingDirectory, inputs.config);
  const overrides: SchemaCompareInput = Object.fromEntries(
    SCHEMA_COMPARE_KEYS.map((key) => [key, core.getInput(key) || undefined]),
  );
  const secrets = readSshSecrets();
  const settings = schemaCompareSettings(
    root,
    (config['schema-compare'] ?? {}) as SchemaCompareInput,
    overrides,
    {
      defaults: (config['ssh-deploy'] ?? {}) as SshConnectionInput,
      secrets,
    },
  );
  const result = await actionsSteps.run('schema-compare', () => compareSchemas(settings));
  core.info(
    `${result.data.reference} (${result.data.referenceFlavor}) vs ${result.data.target} (${result.data.targetFlavor})`,
  );
  if (result.data.fixSqlFile) core.setOutput('fix-sql', result.data.fixSqlFile);
  return createReport({
    command: 'schema-compare',
    findings: result.findings,
    failOn: resolveFailOn(inputs.failOn, config['fail-on']),
    data: { ...result.data, fixSql: result.fixSql },
  });
});
