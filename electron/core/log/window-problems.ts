import type { Log } from './log'

/** What a window reports of a failure it got past: it has no log of its own. */
export interface WindowProblem {
  level: 'warn' | 'error'
  /** What the window was doing, in a few words ("settings did not load"). */
  what: string
  /** The failure as the window saw it (a code and message, an exception's text). */
  detail?: string
}

export interface WindowProblems {
  /** Written to the log beside the database, marked as the window's. */
  reportProblem(problem: WindowProblem): void
}

export function createWindowProblems(log: Log): WindowProblems {
  return {
    reportProblem: ({ level, what, detail }) => log[level](`the window got past a failure: ${what}`, detail === undefined ? { from: 'window' } : { from: 'window', detail })
  }
}
