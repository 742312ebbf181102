import { MidadError } from '../../../shared/contract/errors'

/** The MidadError a refused operation throws; anything else fails the test. */
export async function failureOf(run: () => unknown): Promise<MidadError> {
  try {
    await run()
  } catch (error) {
    if (error instanceof MidadError) return error
    throw error
  }
  throw new Error('expected a MidadError, got success')
}
