/** Runs a named phase of a long job and shows its progress however the host (terminal, Actions) does. */
export interface StepRunner {
  run<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** For tests and quiet output: runs the work, shows nothing. */
export const silentSteps: StepRunner = { run: (_name, work) => work() };
