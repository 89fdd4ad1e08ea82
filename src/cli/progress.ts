import type { StepRunner } from '../core/steps.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * On a terminal: a live line with the step and its elapsed time, replaced by a ✔/✖ line when it ends.
 * Elsewhere (pipes, CI logs): one line per finished step, so logs stay readable.
 */
export function terminalSteps(stream: NodeJS.WriteStream = process.stderr, quiet = false): StepRunner {
  return {
    async run(name, work) {
      if (quiet) return work();
      const started = performance.now();
      const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
      let frame = 0;
      const timer = stream.isTTY
        ? setInterval(() => {
            stream.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${name} ${elapsed()}`);
          }, 100)
        : undefined;
      timer?.unref();
      const finish = (mark: string) => {
        if (timer) clearInterval(timer);
        stream.write(`${stream.isTTY ? '\r\x1b[2K' : ''}${mark} ${name} (${elapsed()})\n`);
      };
      try {
        const result = await work();
        finish('✔');
        return result;
      } catch (error) {
        finish('✖');
        throw error;
      }
    },
  };
}
