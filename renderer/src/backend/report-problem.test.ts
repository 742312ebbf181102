import { describe, expect, it } from 'vitest'
import type { MidadApi } from '../../../shared/contract/api'
import { preloadFonts } from '../fonts/preload-fonts'
import { reportProblem } from './report-problem'

/** The one call these tests make, recorded; every other operation is absent. */
function recordingApi() {
  const reports: unknown[] = []
  const api = { reportProblem: async (input: unknown) => (reports.push(input), { ok: true as const, value: {} }) } as unknown as MidadApi
  return { api, reports }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('what the window gets past is reported for the log', () => {
  it('a refusal is reported with its code and message, an exception with its message', async () => {
    const { api, reports } = recordingApi()
    reportProblem(api, 'the newsroom settings did not load; the defaults are in use', { code: 'internal', message: 'database is locked' })
    reportProblem(api, 'a face did not preload', new Error('network'), 'error')
    expect(reports).toEqual([
      { level: 'warn', what: 'the newsroom settings did not load; the defaults are in use', detail: 'internal: database is locked' },
      { level: 'error', what: 'a face did not preload', detail: 'network' }
    ])
  })

  it('a font face that does not preload is named to the log, and the others still load', async () => {
    const asked: string[] = []
    const fonts = {
      load: (face: string) => {
        asked.push(face)
        return face.startsWith('700') ? Promise.reject(new Error('font file missing')) : Promise.resolve([])
      }
    } as unknown as FontFaceSet
    const failed: [string, unknown][] = []
    preloadFonts((face, error) => failed.push([face, error]), fonts)
    await settle()
    expect(asked.length).toBeGreaterThan(1)
    expect(failed.map(([face, error]) => [face, (error as Error).message])).toEqual([['700 1em "Noto Naskh Arabic"', 'font file missing']])
  })
})
