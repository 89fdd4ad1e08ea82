import type { RuleInfo } from '../report/rules.js';

export const LINT_REQUIREMENTS_RULES: readonly RuleInfo[] = [
  {
    id: 'missing-requirement',
    title: 'A third-party module is imported but no requirement provides it',
    defaultSeverity: 'error',
  },
  {
    id: 'unused-requirement',
    title: 'A requirement is declared but never imported or used',
    defaultSeverity: 'warning',
  },
  {
    id: 'unpinned-requirement',
    title: 'A requirement is not pinned to one version',
    defaultSeverity: 'warning',
  },
  {
    id: 'conflicting-requirement',
    title: 'A distribution is pinned differently across files or outside its constraint',
    defaultSeverity: 'error',
  },
  { id: 'invalid-requirement', title: 'A requirements line pip would reject', defaultSeverity: 'error' },
  {
    id: 'incompatible-versions',
    title: 'Two pinned versions are known to break together',
    defaultSeverity: 'error',
  },
  {
    id: 'python-version-incompatible',
    title: 'A pin or a standard-library import does not work on the target Python',
    defaultSeverity: 'error',
  },
  {
    id: 'missing-system-package',
    title: 'A distribution needs operating-system packages the image does not install',
    defaultSeverity: 'error',
  },
  {
    id: 'unreadable-source',
    title: 'A Python file is not valid UTF-8 and was skipped',
    defaultSeverity: 'notice',
  },
  {
    id: 'unknown-version',
    title: 'A pinned version does not exist on the package index, or was yanked',
    defaultSeverity: 'error',
  },
  {
    id: 'no-compatible-wheel',
    title: 'A pinned version has no wheel for Linux x86_64 on the target Python',
    defaultSeverity: 'warning',
  },
  {
    id: 'vulnerable-requirement',
    title: 'A pinned version has known vulnerabilities (OSV)',
    defaultSeverity: 'warning',
  },
  {
    id: 'online-check-unavailable',
    title: 'The package index or vulnerability database could not be reached',
    defaultSeverity: 'notice',
  },
];
