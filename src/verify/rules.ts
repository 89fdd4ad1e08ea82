import type { RuleInfo } from '../report/rules.js';

/** What post-deploy-verify can report (docs/rules.md#post-deploy-verify). */
export const POST_DEPLOY_VERIFY_RULES: readonly RuleInfo[] = [
  {
    id: 'not-ready',
    title: 'The app did not pass its readiness check within the deadline',
    defaultSeverity: 'error',
  },
  {
    id: 'http-unreachable',
    title: 'An endpoint did not answer: refused, timed out or reset',
    defaultSeverity: 'error',
  },
  {
    id: 'http-expectation-failed',
    title: 'An endpoint answered, but not as expected (status, header, JSON path, body, time)',
    defaultSeverity: 'error',
  },
  {
    id: 'latency-threshold',
    title: 'A latency percentile over N samples is above its threshold',
    defaultSeverity: 'error',
  },
  { id: 'tls-handshake-failed', title: 'No TLS handshake with the host', defaultSeverity: 'error' },
  {
    id: 'tls-old-protocol',
    title: 'The server negotiated a protocol older than TLS 1.2',
    defaultSeverity: 'error',
  },
  { id: 'tls-expired', title: 'The certificate has expired', defaultSeverity: 'error' },
  {
    id: 'tls-expiring',
    title: 'The certificate expires within min-days (error) or warn-days (warning)',
    defaultSeverity: 'warning',
  },
  {
    id: 'tls-hostname-mismatch',
    title: 'The certificate is not valid for the host name',
    defaultSeverity: 'error',
  },
  {
    id: 'tls-chain-incomplete',
    title: 'The server does not send its intermediate certificate',
    defaultSeverity: 'error',
  },
  {
    id: 'tls-untrusted',
    title: 'The certificate chain is not trusted (system roots or ca-file)',
    defaultSeverity: 'error',
  },
  { id: 'hsts-missing', title: 'No Strict-Transport-Security header over https', defaultSeverity: 'warning' },
  { id: 'redirect-missing', title: 'Plain HTTP does not redirect to https', defaultSeverity: 'error' },
  {
    id: 'redirect-wrong-target',
    title: 'The redirect goes somewhere else than https on the same host',
    defaultSeverity: 'error',
  },
  {
    id: 'redirect-temporary',
    title: 'The http -> https redirect is temporary (302/307)',
    defaultSeverity: 'warning',
  },
  {
    id: 'upload-failed',
    title: 'The upload was refused, or its response does not say the stored name',
    defaultSeverity: 'error',
  },
  {
    id: 'upload-extension-lost',
    title: "A non-ASCII file name lost its extension (secure_filename('陈熙蕾.docx') == 'docx')",
    defaultSeverity: 'error',
  },
  {
    id: 'upload-type-wrong',
    title: 'The app detected another type for the uploaded file',
    defaultSeverity: 'error',
  },
  {
    id: 'version-unknown',
    title: 'The server does not report which commit it runs',
    defaultSeverity: 'error',
  },
  {
    id: 'version-mismatch',
    title: 'The server runs another commit than the one deployed',
    defaultSeverity: 'error',
  },
  {
    id: 'resources-unreadable',
    title: "The host's resources could not be read over SSH",
    defaultSeverity: 'error',
  },
  { id: 'host-memory-high', title: 'Most of the RAM is in use', defaultSeverity: 'warning' },
  { id: 'host-no-swap', title: 'A small host has no swap', defaultSeverity: 'warning' },
  { id: 'host-swapping', title: 'The host uses much of its swap', defaultSeverity: 'warning' },
  {
    id: 'host-cpu-saturated',
    title: 'The load average per CPU is high (100% CPU)',
    defaultSeverity: 'warning',
  },
  { id: 'host-disk-full', title: 'The disk is nearly full', defaultSeverity: 'warning' },
  {
    id: 'container-oom-killed',
    title: 'A container was killed for exceeding its memory limit',
    defaultSeverity: 'error',
  },
  { id: 'container-restarting', title: 'A container restarted', defaultSeverity: 'warning' },
  {
    id: 'container-no-memory-limit',
    title: 'A running container has no memory limit (its limit is the whole host)',
    defaultSeverity: 'warning',
  },
  {
    id: 'container-memory-near-limit',
    title: 'A container uses most of its memory limit',
    defaultSeverity: 'warning',
  },
  { id: 'kernel-oom', title: 'The kernel log shows recent OOM kills', defaultSeverity: 'warning' },
  { id: 'database-unreachable', title: 'SELECT 1 on the database failed', defaultSeverity: 'error' },
];
