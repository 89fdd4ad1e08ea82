import type { RuleInfo } from '../report/rules.js';

export const DOCKER_BUILD_TEST_RULES: readonly RuleInfo[] = [
  // Dockerfile
  { id: 'dockerfile-missing', title: 'The Dockerfile to check does not exist', defaultSeverity: 'error' },
  {
    id: 'exec-form-invalid-json',
    title: 'CMD, ENTRYPOINT or HEALTHCHECK exec form is not valid JSON (Docker runs it through /bin/sh)',
    defaultSeverity: 'error',
  },
  {
    id: 'shell-form-command',
    title: 'CMD or ENTRYPOINT in shell form: the app is not PID 1 and never sees SIGTERM',
    defaultSeverity: 'warning',
  },
  {
    id: 'shell-form-entrypoint-and-cmd',
    title: 'ENTRYPOINT in shell form makes Docker ignore CMD',
    defaultSeverity: 'error',
  },
  {
    id: 'healthcheck-missing',
    title: 'The image and its Compose services have no health check',
    defaultSeverity: 'warning',
  },
  {
    id: 'healthcheck-tool-missing',
    title: 'The health check runs curl or wget, which the image does not have',
    defaultSeverity: 'error',
  },
  {
    id: 'healthcheck-route-missing',
    title: "The health check requests a path that none of the app's routes serves",
    defaultSeverity: 'error',
  },
  {
    id: 'healthcheck-port-mismatch',
    title: 'The health check calls a port the app does not listen on',
    defaultSeverity: 'error',
  },
  {
    id: 'server-binds-localhost',
    title: 'gunicorn/uvicorn/flask listens on 127.0.0.1 inside the container',
    defaultSeverity: 'error',
  },
  {
    id: 'port-mismatch',
    title: 'EXPOSE or a published Compose port differs from the port the app listens on',
    defaultSeverity: 'error',
  },
  {
    id: 'apt-update-alone',
    title: 'apt-get update in a RUN without the install (stale cached package lists)',
    defaultSeverity: 'warning',
  },
  {
    id: 'apt-no-install-recommends',
    title: 'apt-get install without --no-install-recommends',
    defaultSeverity: 'warning',
  },
  { id: 'apt-lists-kept', title: 'apt package lists left in the image layer', defaultSeverity: 'notice' },
  {
    id: 'pip-cache-kept',
    title: "pip install without --no-cache-dir keeps pip's cache in the image",
    defaultSeverity: 'notice',
  },
  {
    id: 'copy-before-install',
    title: 'COPY . . before the dependency install busts the cache on every code change',
    defaultSeverity: 'warning',
  },
  {
    id: 'dockerignore-missing',
    title: 'The build context holds .git, a virtualenv, node_modules or .env that no .dockerignore excludes',
    defaultSeverity: 'warning',
  },
  { id: 'secret-in-image', title: 'ENV or ARG gives a secret a literal value', defaultSeverity: 'error' },
  { id: 'base-image-unpinned', title: 'FROM without a tag, or with latest', defaultSeverity: 'warning' },
  { id: 'runs-as-root', title: 'The final stage runs as root', defaultSeverity: 'notice' },
  // Compose
  {
    id: 'compose-invalid',
    title: 'A Compose file that docker compose refuses: YAML, unknown key, bad type, undefined reference',
    defaultSeverity: 'error',
  },
  { id: 'compose-version-obsolete', title: 'The obsolete top-level version key', defaultSeverity: 'warning' },
  {
    id: 'missing-resource-limits',
    title: 'A service without a memory (error) or CPU (warning) limit',
    defaultSeverity: 'error',
  },
  {
    id: 'host-memory-exceeded',
    title: "The services' memory limits plus headroom exceed host-memory",
    defaultSeverity: 'error',
  },
  { id: 'reservation-above-limit', title: 'A memory reservation above the limit', defaultSeverity: 'error' },
  {
    id: 'healthy-dependency-without-healthcheck',
    title: 'depends_on condition service_healthy on a service without a healthcheck',
    defaultSeverity: 'error',
  },
  {
    id: 'missing-healthcheck',
    title: 'A database or cache service without a healthcheck',
    defaultSeverity: 'warning',
  },
  { id: 'missing-restart-policy', title: 'A service without a restart policy', defaultSeverity: 'warning' },
  {
    id: 'data-without-volume',
    title: 'MySQL, MariaDB, PostgreSQL or Redis data not on a named volume or bind mount',
    defaultSeverity: 'error',
  },
  { id: 'duplicate-host-port', title: 'Two services publish the same host port', defaultSeverity: 'error' },
  { id: 'env-file-missing', title: 'An env_file that does not exist', defaultSeverity: 'error' },
  {
    id: 'duplicate-container-name',
    title: 'Two services with the same container_name',
    defaultSeverity: 'error',
  },
  // Engine
  {
    id: 'engine-unavailable',
    title: 'A build or smoke run was asked for but no Docker engine answers',
    defaultSeverity: 'error',
  },
  { id: 'build-failed', title: 'docker build failed', defaultSeverity: 'error' },
  {
    id: 'smoke-import-failed',
    title: "Importing the app's third-party modules inside the image failed",
    defaultSeverity: 'error',
  },
  {
    id: 'smoke-unhealthy',
    title: 'The container did not become healthy before the deadline',
    defaultSeverity: 'error',
  },
  {
    id: 'smoke-exited',
    title: 'The container exited or restarted during the smoke run',
    defaultSeverity: 'error',
  },
  {
    id: 'oom-killed',
    title: 'The container was killed for exceeding its memory limit',
    defaultSeverity: 'error',
  },
  {
    id: 'memory-near-limit',
    title: 'Peak memory in the smoke run above 80% of the limit',
    defaultSeverity: 'warning',
  },
  {
    id: 'smoke-health-needs-dependencies',
    title: 'The health check needs services the smoke run does not start',
    defaultSeverity: 'notice',
  },
  {
    id: 'compose-up-failed',
    title: 'docker compose up did not bring every service up healthy',
    defaultSeverity: 'error',
  },
];
