/**
 * What a deploy adds to the job summary and the terminal: a results table per host, a Mermaid gantt
 * timeline of each host's steps, the failing containers' last log lines, and the `releases` listing.
 */
import { escapeHtml } from '../report/render/markdown.js';
import type { Release } from './ledger.js';
import type { DeployRun } from './ssh-deploy.js';

const ICON: Record<string, string> = {
  deployed: '✅',
  unchanged: '✅',
  'rolled-back': '↩️',
  failed: '❌',
  skipped: '⏭️',
};

/** Mermaid's gantt accepts `dateFormat x` (milliseconds); task names must not contain `:` or `#`. */
function mermaidText(text: string): string {
  return text.replace(/[:#;]/g, ' ');
}

export function deployMarkdown(run: DeployRun): string {
  const out: string[] = [];
  const { data } = run;
  if (data.mode === 'releases') return releasesMarkdown(data.releases ?? {});
  out.push(
    `### ${data.mode === 'rollback' ? 'Rollback' : 'Deploy'} ${data.sha ? `\`${data.sha.slice(0, 12)}\`` : ''}`,
    '',
    '| Host | Result | Commit | Previous | Time |',
    '| --- | --- | --- | --- | ---: |',
  );
  for (const host of data.hosts) {
    const total = host.steps.reduce((max, s) => Math.max(max, s.start + s.durationMs), 0);
    out.push(
      `| ${escapeHtml(host.host)} | ${ICON[host.outcome] ?? ''} ${host.outcome}${host.error ? `: ${escapeHtml(host.error).slice(0, 200)}` : ''} | ${host.sha ? `\`${host.sha.slice(0, 12)}\`` : ''} | ${host.previous ? `\`${host.previous.slice(0, 12)}\`` : ''} | ${(total / 1000).toFixed(1)}s |`,
    );
  }
  out.push('');
  const timed = data.hosts.filter((host) => host.steps.length > 0);
  if (timed.length > 0) {
    out.push('```mermaid', 'gantt', '  dateFormat x', '  axisFormat %M:%S');
    for (const host of timed) {
      out.push(`  section ${mermaidText(host.host)}`);
      host.steps.forEach((step, index) => {
        const state = step.ok ? '' : 'crit, ';
        out.push(
          `  ${mermaidText(step.name)} ${(step.durationMs / 1000).toFixed(1)}s :${state}s${index}, ${step.start}, ${step.start + Math.max(step.durationMs, 1)}`,
        );
      });
    }
    out.push('```', '');
  }
  for (const host of data.hosts) {
    if (host.backup)
      out.push(`Database backup on ${escapeHtml(host.host)}: \`${escapeHtml(host.backup)}\``, '');
    if (host.logs) {
      out.push(
        `<details><summary>Container logs on ${escapeHtml(host.host)} (last lines)</summary>`,
        '',
        '```',
        host.logs.replace(/```/g, "'''"),
        '```',
        '</details>',
        '',
      );
    }
  }
  return `${out.join('\n')}\n`;
}

export function releasesMarkdown(byHost: Record<string, { current?: string; releases: Release[] }>): string {
  const out: string[] = [];
  for (const [host, state] of Object.entries(byHost)) {
    out.push(
      `### Releases on ${escapeHtml(host)}`,
      '',
      '| Commit | Status | Deployed | By | Note |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const release of [...state.releases].reverse()) {
      out.push(
        `| \`${release.sha.slice(0, 12)}\`${release.sha === state.current ? ' ← current' : ''} | ${release.status}${release.pruned ? ' (pruned)' : ''} | ${release.time} | ${escapeHtml(release.actor ?? '')} | ${escapeHtml(release.reason ?? '').slice(0, 200)} |`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** The terminal's version: one line per host, then the listing for `releases`. */
export function deployText(run: DeployRun): string {
  const { data } = run;
  if (data.mode === 'releases') {
    const lines: string[] = [];
    for (const [host, state] of Object.entries(data.releases ?? {})) {
      lines.push(`${host}: current ${state.current?.slice(0, 12) ?? 'none'}`);
      for (const release of [...state.releases].reverse()) {
        lines.push(
          `  ${release.sha}  ${release.status.padEnd(11)} ${release.time}${release.actor ? `  ${release.actor}` : ''}${release.pruned ? '  (pruned)' : ''}${release.reason ? `  ${release.reason.slice(0, 120)}` : ''}`,
        );
      }
    }
    return `${lines.join('\n')}\n`;
  }
  return (
    data.hosts
      .map((host) => {
        const total = host.steps.reduce((max, s) => Math.max(max, s.start + s.durationMs), 0);
        return `${host.host}: ${host.outcome}${host.sha ? ` ${host.sha.slice(0, 12)}` : ''}${host.previous ? ` (was ${host.previous.slice(0, 12)})` : ''} in ${(total / 1000).toFixed(1)}s`;
      })
      .join('\n') + '\n'
  );
}
