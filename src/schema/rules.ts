import type { RuleInfo } from '../report/rules.js';

export const SCHEMA_COMPARE_RULES: readonly RuleInfo[] = [
  {
    id: 'schema-missing-table',
    title: 'A table the code uses is missing in the target database',
    defaultSeverity: 'error',
  },
  {
    id: 'schema-extra-table',
    title: 'A table exists only in the target database',
    defaultSeverity: 'warning',
  },
  {
    id: 'schema-missing-column',
    title: 'A column the code uses is missing in the target ("Unknown column")',
    defaultSeverity: 'error',
  },
  {
    id: 'schema-extra-column',
    title: 'A column exists only in the target (an error when it blocks inserts)',
    defaultSeverity: 'warning',
  },
  {
    id: 'schema-enum-mismatch',
    title: 'ENUM/SET values differ: missing, case-changed or reordered',
    defaultSeverity: 'error',
  },
  {
    id: 'schema-type-mismatch',
    title: 'A column has another type in the target (widening, narrowing or another family)',
    defaultSeverity: 'error',
  },
  {
    id: 'schema-nullability',
    title: 'A column is NULL in one schema and NOT NULL in the other',
    defaultSeverity: 'warning',
  },
  { id: 'schema-default', title: 'A column default or ON UPDATE differs', defaultSeverity: 'warning' },
  {
    id: 'schema-collation',
    title: 'A character set or collation differs (column, table or database)',
    defaultSeverity: 'warning',
  },
  { id: 'schema-table-options', title: 'A table option (engine) differs', defaultSeverity: 'warning' },
  {
    id: 'schema-missing-index',
    title: 'An index is missing in the target (an error for unique and primary keys)',
    defaultSeverity: 'warning',
  },
  {
    id: 'schema-extra-index',
    title: 'An index or foreign key exists only in the target',
    defaultSeverity: 'notice',
  },
  {
    id: 'schema-missing-foreign-key',
    title: 'A foreign key is missing or differs in the target',
    defaultSeverity: 'error',
  },
  {
    id: 'schema-check-constraint',
    title: 'A CHECK constraint is missing in the target',
    defaultSeverity: 'warning',
  },
  { id: 'schema-column-order', title: 'Columns are in another order', defaultSeverity: 'notice' },
  {
    id: 'schema-possible-rename',
    title: 'A missing and an extra column of the same type may be a rename',
    defaultSeverity: 'notice',
  },
  {
    id: 'schema-migrations',
    title:
      'The Alembic history has several heads or a gap, or the target is behind or at an unknown revision',
    defaultSeverity: 'error',
  },
  {
    id: 'schema-view',
    title: 'A view is missing, lacks columns or is defined differently in the target',
    defaultSeverity: 'error',
  },
  { id: 'schema-trigger', title: 'A trigger is missing or differs in the target', defaultSeverity: 'error' },
  {
    id: 'schema-unmodelled-table',
    title: 'A table could not be fully read and was not compared',
    defaultSeverity: 'error',
  },
];
