import type { StaticCheck } from '../checklist/check.js';
import { compareSchemas } from './compare.js';
import { SCHEMA_COMPARE_RULES } from './rules.js';
import { schemaCompareSettings, type SchemaCompareInput } from './settings.js';

export const schemaCompareCheck: StaticCheck = {
  name: 'schema-compare',
  rules: SCHEMA_COMPARE_RULES,
  run: async ({ root, config }) => {
    const result = await compareSchemas(
      schemaCompareSettings(root, (config['schema-compare'] ?? {}) as SchemaCompareInput),
    );
    return { findings: result.findings, data: result.data };
  },
};
