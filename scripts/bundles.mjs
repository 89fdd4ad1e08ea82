/** One ncc bundle per action, plus the CLI. Each action's issue adds its entry here. */
export const BUNDLES = [
  { name: 'check', entry: 'src/actions/check/main.ts' },
  { name: 'lint-requirements', entry: 'src/actions/lint-requirements/main.ts' },
  { name: 'schema-compare', entry: 'src/actions/schema-compare/main.ts' },
  { name: 'docker-build-test', entry: 'src/actions/docker-build-test/main.ts' },
  { name: 'ssh-deploy', entry: 'src/actions/ssh-deploy/main.ts' },
  { name: 'ssh-deploy-post', entry: 'src/actions/ssh-deploy/post-main.ts' },
  { name: 'post-deploy-verify', entry: 'src/actions/post-deploy-verify/main.ts' },
  { name: 'cli', entry: 'src/cli/main.ts' },
];
