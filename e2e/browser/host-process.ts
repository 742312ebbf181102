import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { resolve } from 'node:path'

const repoRoot = resolve(import.meta.dirname, '../..')

export interface HostReady {
  url: string
  origin: string
  port: number
  token: string
}

/**
 * The real `npm run web` entry as a separate process, so a test can kill it
 * the way a crash or a power cut would and start it again on the same file.
 */
export class HostProcess {
  private child: ChildProcess | undefined
  private stderr = ''
  ready: HostReady | undefined

  /** `args`: more of the host's command line, as a journalist would type after `npm run web --` (bundles to open). */
  constructor(readonly dbPath: string, private readonly args: readonly string[] = []) {}

  /** Starts the host and resolves once it prints its MIDAD_HOST_READY line. */
  async start(): Promise<HostReady> {
    if (this.child) throw new Error('host already running')
    this.stderr = ''
    // The built host (`npm run build` comes first), in this one process: a
    // SIGKILL ends the host itself, leaving no child behind.
    const child = spawn(
      process.execPath,
      ['scripts/web.js', '--db', this.dbPath, '--port', '0', ...this.args],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MIDAD_LOCALE: 'ar' } }
    )
    this.child = child
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (chunk: string) => {
      this.stderr += chunk
    })
    const ready = await new Promise<HostReady>((resolvePromise, reject) => {
      const lines = createInterface({ input: child.stdout! })
      lines.on('line', (line) => {
        if (!line.startsWith('MIDAD_HOST_READY ')) return
        resolvePromise(JSON.parse(line.slice('MIDAD_HOST_READY '.length)) as HostReady)
      })
      child.once('exit', (code, signal) => {
        reject(new Error(`host exited before it was ready (code ${code}, signal ${signal}):\n${this.stderr}`))
      })
      child.once('error', reject)
    })
    this.ready = ready
    return ready
  }

  /** Ends the process at once: no flush, no close, no goodbye. */
  async kill(): Promise<void> {
    await this.end('SIGKILL')
  }

  /** Ends the process the polite way, as Ctrl+C would. */
  async stop(): Promise<void> {
    await this.end('SIGTERM')
  }

  get output(): string {
    return this.stderr
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child
    if (!child) return
    this.child = undefined
    this.ready = undefined
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    child.kill(signal)
    await exited
  }

  /** A contract call made behind the page's back, as another window would. */
  async call<T = unknown>(operation: string, input: unknown): Promise<T> {
    if (!this.ready) throw new Error('host not running')
    const response = await fetch(`${this.ready.origin}/api/${operation}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Midad-Token': this.ready.token },
      body: JSON.stringify(input)
    })
    const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
    if (!result.ok) throw new Error(`${operation} failed: ${result.error.code} ${result.error.message}`)
    return result.value
  }
}
