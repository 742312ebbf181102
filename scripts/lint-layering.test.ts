import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Lints a one-line file, as if it sat at `file`, against the repository's own
// eslint.config.js, and says which layering rules it broke. The file need not
// exist; what it imports must, since the path rules resolve it.

const root = resolve(import.meta.dirname, '..')
const layeringRules = ['no-restricted-imports', 'import-x/no-restricted-paths', 'import-x/no-cycle']

// `ignore: false` so that the lint fixtures, skipped by `eslint .`, are read.
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js'), ignore: false })

async function brokenRules(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  if (!result) throw new Error(`nothing linted for ${file}`)
  const fatal = result.messages.filter((message) => message.fatal)
  if (fatal.length > 0) throw new Error(fatal.map((message) => message.message).join('\n'))
  return result.messages.flatMap((message) => (message.ruleId && layeringRules.includes(message.ruleId) ? [message.ruleId] : []))
}

const importing = (specifier: string) => `import '${specifier}'\n`

describe('shared imports nothing that needs Node and nothing above it', () => {
  const file = 'shared/text/lint-probe.ts'

  it('refuses a Node built-in', async () => {
    expect(await brokenRules(file, importing('node:fs'))).toEqual(['no-restricted-imports'])
    expect(await brokenRules(file, importing('fs'))).toEqual(['no-restricted-imports'])
  })

  it('refuses a native or Node-only package', async () => {
    for (const name of ['better-sqlite3', 'sharp', 'happy-dom', 'mammoth', 'winston', 'electron']) {
      expect(await brokenRules(file, importing(name)), name).toEqual(['no-restricted-imports'])
    }
  })

  it('refuses electron/ and renderer/', async () => {
    expect(await brokenRules(file, importing('../../electron/core/core'))).toEqual(['import-x/no-restricted-paths'])
    expect(await brokenRules(file, importing('../../renderer/src/i18n/locale-context'))).toEqual(['import-x/no-restricted-paths'])
  })

  it('lets shared use shared and pure packages', async () => {
    expect(await brokenRules(file, importing('./word-count'))).toEqual([])
    expect(await brokenRules(file, importing('zod'))).toEqual([])
  })
})

describe('the renderer reaches the back side only through the contract', () => {
  it('refuses anything under electron/', async () => {
    expect(await brokenRules('renderer/src/editor/lint-probe.ts', importing('../../../electron/core/core'))).toEqual([
      'import-x/no-restricted-paths'
    ])
    expect(await brokenRules('renderer/src/editor/lint-probe.ts', importing('../../../electron/host/web-host'))).toEqual([
      'import-x/no-restricted-paths'
    ])
  })

  it('refuses Electron, Node built-ins and Node-only packages', async () => {
    for (const name of ['electron', 'node:path', 'better-sqlite3']) {
      expect(await brokenRules('renderer/src/editor/lint-probe.ts', importing(name)), name).toEqual(['no-restricted-imports'])
    }
  })

  it('lets a renderer test start the browser host, not the Electron shell', async () => {
    expect(await brokenRules('renderer/src/editor/lint-probe.test.ts', importing('../../../electron/host/web-host'))).toEqual([])
    expect(await brokenRules('renderer/src/editor/lint-probe.test.ts', importing('../../../electron/main/security'))).toEqual([
      'import-x/no-restricted-paths'
    ])
  })

  it('lets the renderer use the contract', async () => {
    expect(await brokenRules('renderer/src/editor/lint-probe.ts', importing('../../../shared/contract/api'))).toEqual([])
  })
})

describe('inside the renderer, arrows run downward', () => {
  it('refuses a feature importing a screen', async () => {
    expect(await brokenRules('renderer/src/editor/lint-probe.ts', importing('../article/ArticleScreen'))).toEqual([
      'import-x/no-restricted-paths'
    ])
  })

  it('refuses a foundation importing a feature', async () => {
    expect(await brokenRules('renderer/src/common/lint-probe.ts', importing('../editor/BodyEditor'))).toEqual([
      'import-x/no-restricted-paths'
    ])
  })

  it('refuses one screen importing another', async () => {
    expect(await brokenRules('renderer/src/library/lint-probe.ts', importing('../article/ArticleScreen'))).toEqual([
      'import-x/no-restricted-paths'
    ])
  })

  it('lets a screen use a feature and a feature use a foundation', async () => {
    expect(await brokenRules('renderer/src/article/lint-probe.ts', importing('../editor/BodyEditor'))).toEqual([])
    expect(await brokenRules('renderer/src/editor/lint-probe.ts', importing('../common/shown-message'))).toEqual([])
  })
})

describe('core, the host, the CLI and the hub run under plain Node', () => {
  for (const folder of ['electron/core', 'electron/host', 'electron/cli', 'electron/hub']) {
    it(`refuses electron in ${folder}`, async () => {
      expect(await brokenRules(`${folder}/lint-probe.ts`, importing('electron'))).toEqual(['no-restricted-imports'])
    })
  }

  it('lets them use Node', async () => {
    expect(await brokenRules('electron/core/lint-probe.ts', importing('better-sqlite3'))).toEqual([])
    expect(await brokenRules('electron/host/lint-probe.ts', importing('node:http'))).toEqual([])
  })

  it('refuses core importing a shell', async () => {
    expect(await brokenRules('electron/core/lint-probe.ts', importing('../host/web-host'))).toEqual(['import-x/no-restricted-paths'])
    expect(await brokenRules('electron/core/lint-probe.ts', importing('../hub/hub-server'))).toEqual(['import-x/no-restricted-paths'])
  })
})

describe('the shells enter core only through its front door', () => {
  for (const shell of ['electron/main', 'electron/host', 'electron/cli', 'electron/hub']) {
    it(`refuses ${shell} reaching into a room of core`, async () => {
      expect(await brokenRules(`${shell}/lint-probe.ts`, importing('../core/core'))).toEqual(['import-x/no-restricted-paths'])
      expect(await brokenRules(`${shell}/lint-probe.ts`, importing('../core/export/export-format'))).toEqual([
        'import-x/no-restricted-paths'
      ])
    })
  }

  // The door is being built; until it stands there is nothing to resolve.
  it.runIf(existsSync(join(root, 'electron/core/index.ts')))('lets a shell use the door', async () => {
    expect(await brokenRules('electron/host/lint-probe.ts', importing('../core'))).toEqual([])
    expect(await brokenRules('electron/host/lint-probe.ts', importing('../core/index'))).toEqual([])
  })

  it("lets a shell's test use core's test support", async () => {
    expect(await brokenRules('electron/host/lint-probe.test.ts', importing('../core/testing/handler-options'))).toEqual([])
  })
})

describe('production code never imports test support', () => {
  it('refuses a testing/ folder', async () => {
    expect(await brokenRules('electron/core/articles/lint-probe.ts', importing('../testing/handler-options'))).toEqual([
      'import-x/no-restricted-paths'
    ])
    expect(await brokenRules('electron/main/lint-probe.ts', importing('./testing/fake-electron'))).toEqual([
      'import-x/no-restricted-paths'
    ])
  })

  it('refuses a test file and a fixture module', async () => {
    expect(await brokenRules('shared/text/lint-probe.ts', importing('./graphemes.test'))).toEqual(['import-x/no-restricted-paths'])
    // A fixture module in a testing/ folder breaks the rule twice, once for each.
    expect(new Set(await brokenRules('electron/core/export/lint-probe.ts', importing('./testing/export-fixtures')))).toEqual(
      new Set(['import-x/no-restricted-paths'])
    )
  })

  it('lets a test use test support', async () => {
    expect(await brokenRules('electron/core/articles/lint-probe.test.ts', importing('../testing/handler-options'))).toEqual([])
    expect(await brokenRules('electron/core/export/lint-probe.test.ts', importing('./testing/export-fixtures'))).toEqual([])
  })
})

describe('no import circles', () => {
  const fixture = (path: string) => {
    const file = join('scripts/lint-fixtures', path)
    return brokenRules(file, readFileSync(join(root, file), 'utf8'))
  }

  it('catches two files that import each other', async () => {
    expect(await fixture('import-circle/headline.ts')).toEqual(['import-x/no-cycle'])
    expect(await fixture('import-circle/kicker.ts')).toEqual(['import-x/no-cycle'])
  })

  it('lets an import run one way', async () => {
    expect(await fixture('one-way/headline.ts')).toEqual([])
  })
})
