import { describe, expect, it } from 'vitest'
import { ar } from '../ar'
import { en } from '../en'
import { translate } from '../translate'

// The journalist works in the app, not at a command line: what the interface
// says must not send them to `midad lint`. Only the command line's own
// messages (cli.*) may name its commands.
const interfaceKeys = Object.keys(ar).filter((key) => !key.startsWith('cli.'))

describe('interface messages', () => {
  it.each([
    ['ar', ar],
    ['en', en]
  ] as const)('no %s message outside the command line’s names the midad command', (_locale, catalog) => {
    const naming = interfaceKeys.filter((key) => /\bmidad\s+(lint|export|import|list|show|status)\b/i.test(catalog[key as keyof typeof catalog]))
    expect(naming).toEqual([])
  })

  it('a refused export points the app at the check panel and the command line at midad lint', () => {
    expect(translate('en', 'error.export_blocked_by_check', { errors: 2 })).toBe(
      'The article was not exported for publishing: it has 2 errors to fix first; see the “Pre-publish check” panel. Warnings do not block export. Nothing was written.'
    )
    expect(translate('ar', 'cli.error.export_blocked_by_check', { errors: 1 })).toContain('يعرضها الأمر midad lint ID')
  })
})
