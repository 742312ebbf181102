import { describe, expect, it } from 'vitest'
import { fileRevealer } from './open-folder'

function recordingShell(openPathAnswer = '') {
  const asked: string[] = []
  return {
    asked,
    shell: {
      showItemInFolder: (path: string) => void asked.push(`show ${path}`),
      openPath: (path: string) => {
        asked.push(`open ${path}`)
        return Promise.resolve(openPathAnswer)
      }
    }
  }
}

describe('showing the log from the app', () => {
  it('selects the log file in its folder', async () => {
    const { asked, shell } = recordingShell()
    expect(await fileRevealer(shell, () => true)('/home/محرر/midad/midad.log')).toBe(true)
    expect(asked).toEqual(['show /home/محرر/midad/midad.log'])
  })

  it('opens its folder while nothing has been logged yet, and says when the system could not', async () => {
    const { asked, shell } = recordingShell()
    expect(await fileRevealer(shell, () => false)('/home/محرر/midad/midad.log')).toBe(true)
    expect(asked).toEqual(['open /home/محرر/midad'])
    expect(await fileRevealer(recordingShell('Failed to open path').shell, () => false)('/gone/midad.log')).toBe(false)
  })
})
