import type { RuleInfo } from '../report/rules.js';

/** What ssh-deploy, rollback and releases can report (docs/rules.md#ssh-deploy). */
export const SSH_DEPLOY_RULES: readonly RuleInfo[] = [
  {
    id: 'preflight-missing-tool',
    title: 'The server lacks git, docker or Compose, or docker does not answer for the deploy user',
    defaultSeverity: 'error',
  },
  { id: 'preflight-no-swap', title: 'A small host (2 GiB or less) has no swap', defaultSeverity: 'warning' },
  { id: 'preflight-disk-low', title: 'Less than 1 GiB free where the app lives', defaultSeverity: 'warning' },
  {
    id: 'lock-held',
    title: 'Another deploy held the server lock for longer than lock-timeout',
    defaultSeverity: 'error',
  },
  {
    id: 'lock-taken-over',
    title: 'A lock whose holder is gone (or older than lock-stale-after) was taken over',
    defaultSeverity: 'warning',
  },
  {
    id: 'ledger-line-invalid',
    title: 'Lines of the release ledger are not releases',
    defaultSeverity: 'warning',
  },
  {
    id: 'fetch-failed',
    title: 'The server could not fetch the commit, or the release is not exactly that commit',
    defaultSeverity: 'error',
  },
  {
    id: 'shared-file-missing',
    title: 'A shared file (.env, uploads) does not exist on the server',
    defaultSeverity: 'warning',
  },
  {
    id: 'release-compose-invalid',
    title: 'docker compose config failed on the release',
    defaultSeverity: 'error',
  },
  { id: 'release-build-failed', title: "The release's images did not build", defaultSeverity: 'error' },
  {
    id: 'backup-failed',
    title: 'The database backup failed or is incomplete (the deploy stops before migrating)',
    defaultSeverity: 'error',
  },
  { id: 'migration-failed', title: 'migrate-command failed', defaultSeverity: 'error' },
  { id: 'release-up-failed', title: 'docker compose up failed', defaultSeverity: 'error' },
  { id: 'health-gate-failed', title: 'The new release did not become healthy', defaultSeverity: 'error' },
  {
    id: 'deploy-rolled-back',
    title: 'The new release failed and the previous one was brought back',
    defaultSeverity: 'error',
  },
  {
    id: 'rollback-unavailable',
    title: 'A release failed and there was no earlier release to go back to',
    defaultSeverity: 'error',
  },
  { id: 'rollback-failed', title: 'Bringing the previous release back failed too', defaultSeverity: 'error' },
  {
    id: 'rollback-target-invalid',
    title: 'The rollback target is not a usable release on the server',
    defaultSeverity: 'error',
  },
  {
    id: 'rollout-rolled-back',
    title: 'A later batch failed, so a host already switched was rolled back',
    defaultSeverity: 'error',
  },
  { id: 'deploy-step-failed', title: 'A deploy step failed', defaultSeverity: 'error' },
];
