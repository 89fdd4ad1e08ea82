import * as core from '@actions/core';
import type { StepRunner } from '../../core/steps.js';

/** One collapsible log group per phase, closed with its duration. */
export const actionsSteps: StepRunner = {
  run: (name, work) =>
    core.group(name, async () => {
      const started = performance.now();
      try {
        return await work();
      } finally {
        core.info(`${name} took ${((performance.now() - started) / 1000).toFixed(1)}s`);
      }
    }),
};
