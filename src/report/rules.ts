import type { Severity } from './types.js';

/** What a rule catches, for SARIF rule metadata and the docs/rules.md cross-check. */
export interface RuleInfo {
  id: string;
  /** one short sentence: what the rule catches */
  title: string;
  defaultSeverity: Severity;
}

export type RuleCatalog = ReadonlyMap<string, RuleInfo>;

export function ruleCatalog(...groups: ReadonlyArray<readonly RuleInfo[]>): RuleCatalog {
  const catalog = new Map<string, RuleInfo>();
  for (const rule of groups.flat()) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`rule id '${rule.id}' is not kebab-case`);
    if (catalog.has(rule.id)) throw new Error(`rule id '${rule.id}' is defined twice`);
    catalog.set(rule.id, rule);
  }
  return catalog;
}

export function ruleDocsUrl(ruleId: string): string {
  return `https://github.com/shipcheck/shipcheck/blob/main/docs/rules.md#${ruleId}`;
}
