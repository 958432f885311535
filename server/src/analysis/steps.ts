// Passes over a whole document written as generators that pause (yield) every so often: the
// language server resumes them in slices and answers other requests in between (and drops an
// analysis whose text has moved on); the CLI, workers and tests run them straight through.

/** Lines, blocks, segments or ranges handled between two pauses: well under a millisecond of work. */
export const PAUSE_EVERY = 2000;

export type Steps<T> = Generator<void, T>;

/** Run steps to the end, without pauses. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
