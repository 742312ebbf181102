import type { z } from 'zod'
import type { Contract, OperationInput, OperationName, OperationOutput } from './operations'
import type { Result } from './errors'

/** What the renderer sees: window.midad, or the host client, typed alike. */
export type MidadApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>>
}

/** What a transport knows of the call beyond its input. */
export interface CallContext {
  /** Aborted when the caller no longer waits for the answer (the host's client went away). */
  signal?: AbortSignal
}

/** What a transport binds: one handler per operation, given parsed input. */
export type Handlers = {
  [K in OperationName]: (input: z.output<Contract[K]['input']>, context?: CallContext) => Promise<OperationOutput<K>> | OperationOutput<K>
}
