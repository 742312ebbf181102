// Test support: `midad hub` as its own process, for what only a process shows
// (its first line, a kill -9).
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { repo, sourceEntry } from '../../cli/testing/run-midad'

export interface HubProcess {
  child: ChildProcess
  /** The first line the hub printed. */
  firstLine: string
  /** Every line after it. */
  lines: string[]
  /** Resolves with the exit code (or the signal) once it ends. */
  ended: Promise<number | NodeJS.Signals | null>
}

export async function spawnHub(args: string[], env: Record<string, string> = { MIDAD_LOCALE: 'en' }): Promise<HubProcess> {
  const child = spawn(process.execPath, [...sourceEntry, 'hub', ...args], { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const ended = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)))
  const lines: string[] = []
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const reader = createInterface({ input: child.stdout! })
  const firstLine = await new Promise<string>((resolve, reject) => {
    reader.once('line', resolve)
    void ended.then((code) => reject(new Error(`the hub ended (${String(code)}) before printing: ${stderr}`)))
  })
  reader.on('line', (line) => lines.push(line))
  return { child, firstLine, lines, ended }
}
