// `npm start`: build, then run the desktop app. Where Electron's binary was
// never downloaded (offline build machines) say so in one line and point at
// the browser version instead of letting electron's installer throw.
import './require-node.js'
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { findElectronBinary } from './electron-binary.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electron = findElectronBinary(root)

if (!electron.available) {
  process.stderr.write(`Midad: the Electron binary is not available on this machine (${electron.reason}); run \`npm run web\` to use Midad in your browser.\n`)
  process.exit(1)
}

const electronVite = join(dirname(createRequire(join(root, 'package.json')).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) {
  process.stderr.write('Midad: the build failed (see above); nothing was started.\n')
  process.exit(build.status ?? 1)
}

// ELECTRON_RUN_AS_NODE, if inherited, would run main as a plain Node script.
const env = { ...process.env }
delete env.ELECTRON_RUN_AS_NODE
const app = spawn(electron.path, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal))
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
