import { createRequire } from 'node:module'
import { join, matchesGlob } from 'node:path'
import { describe, expect, it } from 'vitest'

// electron-builder's own loader and schema check (app-builder-lib comes with
// electron-builder): the offline check that the packaging config is one it
// accepts. Packaging itself needs the Electron zip and cannot run here.
const root = join(import.meta.dirname, '..')
const fromElectronBuilder = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'))
const { getConfig, validateConfiguration } = fromElectronBuilder('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<Record<string, unknown>>
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>
}

function shipped(patterns: string[], file: string): boolean {
  const include = patterns.filter((p) => !p.startsWith('!'))
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))
  return include.some((p) => matchesGlob(file, p)) && !exclude.some((p) => matchesGlob(file, p))
}

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts', async () => {
    const config = await getConfig(root, null, null)
    await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined()
    expect(config).toMatchObject({ appId: 'org.midad.desktop', productName: 'Midad', npmRebuild: false })
  })

  it('ships the build (the command line and the web host too) and the export templates, not the sources or the installer art', async () => {
    const config = await getConfig(root, null, null)
    const [files] = config.files as Array<{ filter: string[] }>
    const patterns = files!.filter
    for (const file of ['out/main/index.js', 'out/main/cli.js', 'out/main/host.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json', 'resources/export/article.css']) {
      expect(shipped(patterns, file), file).toBe(true)
    }
    for (const file of ['electron/main/index.ts', 'renderer/src/main.tsx', 'resources/packaging/icon.png', 'e2e/electron/launch.spec.ts']) {
      expect(shipped(patterns, file), file).toBe(false)
    }
  })

  it('makes Midad the opener of review bundles', async () => {
    const config = await getConfig(root, null, null)
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'midad', mimeType: 'application/x-midad-bundle', role: 'Editor' })])
  })

  it('keeps the native modules outside the asar archive', async () => {
    const config = await getConfig(root, null, null)
    const unpacked = config.asarUnpack as string[]
    for (const file of ['node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node']) {
      expect(unpacked.some((p) => matchesGlob(file, p)), file).toBe(true)
    }
  })

  it('flips the fuses that keep the shipped app from being run as Node or loading code from outside its checked archive', async () => {
    const config = await getConfig(root, null, null)
    expect(config.asar).not.toBe(false)
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })
})
