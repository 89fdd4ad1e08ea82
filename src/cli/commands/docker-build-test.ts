import { Command } from 'commander';
import { addGlobalOptions, type GlobalOptions } from '../options.js';

export function dockerBuildTestCommand(): Command {
  const command = new Command('docker-build-test')
    .summary('lint the Dockerfile and Compose files across each other; build and smoke-run the image')
    .description(
      'Checks the Dockerfile (exec-form JSON, health check tool, route and port, apt/pip hygiene, secrets), every ' +
        'Compose file (schema, limits against --host-memory, health checks, volumes, ports) and both against the ' +
        "app's routes and gunicorn bind. With --build/--smoke it builds the image and runs it under the service's " +
        'limits: imports every third-party module inside it, waits for the health check, samples memory. ' +
        'Rules: docs/rules.md.',
    )
    .argument('[dir]', 'project directory', '.')
    .option('--dockerfile <file>', 'the Dockerfile (default: Dockerfile)')
    .option('--context <dir>', "build context (default: the Compose service's build context, else .)")
    .option(
      '--compose-files <files>',
      'comma-separated Compose files (default: docker-compose*.yml, compose*.yaml)',
    )
    .option(
      '--compose-override <file>',
      'a Compose file merged last for --compose-up (CI networking, test env)',
    )
    .option(
      '--service <name>',
      'the Compose service the image runs as (default: the one that builds it and publishes a port)',
    )
    .option(
      '--host-memory <size>',
      "the production host's RAM, e.g. 1G: the services' limits plus headroom must fit",
    )
    .option(
      '--memory-headroom <size>',
      'RAM kept for the OS and dockerd when adding up limits (default: 128M)',
    )
    .option('--build', 'build the image (needs a Docker engine)')
    .option('--smoke', 'build, then run the image: import test, health check, memory (implies --build)')
    .option('--compose-up', 'bring the whole Compose project up healthy, then down')
    .option('--tag <image>', 'image tag (default: shipcheck-smoke:<GITHUB_SHA or local>)')
    .option('--build-args <pairs>', 'comma-separated NAME=value build arguments')
    .option('--memory <size>', 'memory limit for the smoke run when the service has none')
    .option('--cpus <n>', 'CPU limit for the smoke run when the service has none')
    .option('--port <n>', 'the port the app listens on (default: from the gunicorn bind)')
    .option(
      '--health-path <path>',
      'path the smoke run probes when the image has no health check (default: /)',
    )
    .option(
      '--smoke-timeout <seconds>',
      'deadline for the import test and for becoming healthy (default: 90)',
    )
    .option('--build-timeout <seconds>', 'deadline for the build (default: 1200)')
    .option('--exclude <patterns>', 'comma-separated paths (* and ** patterns) to skip when reading sources');
  addGlobalOptions(command);
  command.action(async (dir: string, options: GlobalOptions) => {
    // the check's code loads only when it runs: --help and the other commands do not pay for it
    const { runDockerBuildTest } = await import('../run/docker-build-test.js');
    command.setOptionValue('exitCode', await runDockerBuildTest(dir, options));
  });
  return command;
}
