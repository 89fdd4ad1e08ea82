import { Command } from 'commander';
import { addGlobalOptions, type GlobalOptions } from '../options.js';

export function lintRequirementsCommand(): Command {
  const command = new Command('lint-requirements')
    .summary('every import declared, every pin safe, every system library in the image')
    .description(
      'Checks requirements*.txt (and pyproject.toml) against the imports of every .py file under DIR, known ' +
        'incompatible version pairs, the target Python, and the OS packages the Dockerfile installs. Rules: docs/rules.md.',
    )
    .argument('[dir]', 'project directory', '.')
    .option(
      '--requirements <files>',
      'comma-separated requirement files or patterns (default: requirements*.txt)',
    )
    .option(
      '--python-version <X.Y>',
      "target Python (default: the Dockerfile's FROM python:X.Y, then requires-python)",
    )
    .option(
      '--dockerfile <file>',
      'Dockerfile whose install lines are checked (default: Dockerfile when present)',
    )
    .option('--require-pins', 'unpinned requirements are errors, not warnings')
    .option('--exclude <patterns>', 'comma-separated paths (* and ** patterns) to skip when reading sources')
    .option('--first-party <modules>', "comma-separated module names that are the project's own")
    .option(
      '--import-map <pairs>',
      'comma-separated module=distribution mappings, e.g. cv2=opencv-python-headless',
    )
    .option('--allow-unused <names>', 'comma-separated distributions never reported unused')
    .option('--site-packages <dir>', 'a site-packages folder or virtualenv to read installed metadata from')
    .option('--online', 'also ask PyPI (exists, yanked, wheel) and OSV (vulnerabilities) about each pin')
    .option('--pypi-url <url>', 'package index JSON API base (default: https://pypi.org)')
    .option('--osv-url <url>', 'OSV API base (default: https://api.osv.dev)')
    .option('--timeout <seconds>', 'per online request (default: 10)');
  addGlobalOptions(command);
  command.action(async (dir: string, options: GlobalOptions) => {
    // the check's code loads only when it runs: --help and the other commands do not pay for it
    const { runLintRequirements } = await import('../run/lint-requirements.js');
    command.setOptionValue('exitCode', await runLintRequirements(dir, options));
  });
  return command;
}
