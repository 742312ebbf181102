/**
 * What core and the shells write down about what went wrong (or what they
 * did to the journalist's files) when nobody is there to see it: a failure
 * they get past, a database brought up to date. `details` are plain values;
 * an Error among them is written with its message, code and stack.
 */
export interface Log {
  info(message: string, details?: Record<string, unknown>): void
  warn(message: string, details?: Record<string, unknown>): void
  error(message: string, details?: Record<string, unknown>): void
}

/** Writes nothing: the default where no shell handed a log over, and in tests. */
export const nullLog: Log = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined
}
