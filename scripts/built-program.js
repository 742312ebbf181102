// The CLI and the web host run as JavaScript built with the app
// (electron.vite.config.ts writes them to out/main/). In a source checkout a
// build older than the sources is rebuilt first, so `npm run midad` after an
// edit runs the edit; an installed package has no sources and runs what it has.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// What the built programs are made of; the renderer is not part of them.
const sourceFolders = ['electron', 'shared', 'scripts']

/** The newest modification time of a file under `folder`, 0 when there is none. */
function newestIn(folder) {
  let newest = 0
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

function isStale(built) {
  const folders = sourceFolders.map((folder) => join(root, folder)).filter((folder) => existsSync(folder))
  if (!folders.includes(join(root, 'electron'))) return false
  if (!existsSync(built)) return true
  const builtAt = statSync(built).mtimeMs
  return folders.some((folder) => newestIn(folder) > builtAt) || statSync(join(root, 'electron.vite.config.ts')).mtimeMs > builtAt
}

/**
 * The file URL of out/main/<name>.js, built first when the sources are newer.
 * The build's own lines go to stderr: stdout is the program's (`midad list --json | jq`).
 * @param {'cli' | 'host'} name
 * @returns {string}
 */
export function builtProgram(name) {
  const built = join(root, 'out', 'main', `${name}.js`)
  if (isStale(built)) {
    const electronVite = join(dirname(createRequire(join(root, 'package.json')).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
    const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: ['ignore', 2, 2] })
    if (build.status !== 0) {
      process.stderr.write('Midad: the build failed (see above); nothing was started.\n')
      process.exit(build.status ?? 1)
    }
  }
  if (!existsSync(built)) {
    process.stderr.write(`Midad: ${join('out', 'main', `${name}.js`)} is missing; run \`npm run build\` first.\n`)
    process.exit(1)
  }
  return pathToFileURL(built).href
}
