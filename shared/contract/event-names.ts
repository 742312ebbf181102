// The contract's event names on their own, without zod, for the sandboxed preload (as operation-names.ts).
export const eventNames = ['articleChanged', 'hubChanged', 'bundlesWaiting'] as const
export type EventName = (typeof eventNames)[number]
