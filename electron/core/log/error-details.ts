/**
 * An Error as the plain fields a log line can hold: JSON writes an Error as
 * `{}`, which would lose the very thing the line is for.
 */
export function errorDetails(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) }
  const code = (error as { code?: unknown }).code
  return {
    name: error.name,
    message: error.message,
    ...(code !== undefined ? { code } : {}),
    ...(error.stack ? { stack: error.stack } : {})
  }
}

/** The details with every Error among them made writable. */
export function writableDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!details) return {}
  return Object.fromEntries(Object.entries(details).map(([key, value]) => [key, value instanceof Error ? errorDetails(value) : value]))
}
