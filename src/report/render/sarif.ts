import { createHash } from 'node:crypto';
import type { Finding, Report, Severity } from '../types.js';
import { ruleDocsUrl, type RuleCatalog } from '../rules.js';
import { TOOL_URL } from '../../core/version.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/**
 * SARIF 2.1.0, as GitHub code scanning ingests it: one run, rules for every rule id used, file paths
 * relative to %SRCROOT%, and a partial fingerprint so an alert survives unrelated line moves.
 */
export function renderSarif(report: Report, catalog?: RuleCatalog): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.rule))].sort();
  const rules = ruleIds.map((id) => {
    const info = catalog?.get(id);
    return {
      id,
      name: id.replace(/(^|-)([a-z0-9])/g, (_m, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: info?.title ?? id },
      helpUri: ruleDocsUrl(id),
      defaultConfiguration: { level: LEVEL[info?.defaultSeverity ?? 'warning'] },
    };
  });
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));

  const results = report.findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ruleIndex.get(finding.rule) ?? 0,
    level: LEVEL[finding.severity],
    message: { text: finding.fix ? `${finding.message}. Fix: ${finding.fix}` : finding.message },
    ...(finding.file ? { locations: [location(finding)] } : {}),
    partialFingerprints: { 'shipcheck/v1': fingerprint(finding) },
    ...(finding.check ? { properties: { check: finding.check } } : {}),
  }));

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'shipcheck',
            version: report.version,
            semanticVersion: report.version,
            informationUri: TOOL_URL,
            rules,
          },
        },
        automationDetails: { id: `shipcheck/${report.command}/` },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The project root shipcheck ran on.' } } },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function location(finding: Finding) {
  const region: Record<string, number> = {};
  if (finding.line !== undefined) region.startLine = finding.line;
  if (finding.line !== undefined && finding.column !== undefined) region.startColumn = finding.column;
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(finding.file ?? ''), uriBaseId: '%SRCROOT%' },
      ...(Object.keys(region).length > 0 ? { region } : {}),
    },
  };
}

/** Rule, file and message, without the line: stable when code above the finding moves. */
function fingerprint(finding: Finding): string {
  return createHash('sha256')
    .update(`${finding.rule}\0${finding.file ?? ''}\0${finding.message}`)
    .digest('hex')
    .slice(0, 32);
}
