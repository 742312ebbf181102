import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { resolve } from 'node:path'
import { promisify } from 'node:util'

const repoRoot = resolve(import.meta.dirname, '../..')
const midad = resolve(repoRoot, 'bin/midad.js')

/** `midad hub member add`: the token it prints alone on its one line. */
export async function addHubMember(dataDir: string, name: string, role: 'journalist' | 'editor' | 'web_desk'): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [midad, 'hub', 'member', 'add', name, '--role', role, '--data', dataDir], { cwd: repoRoot })
  return stdout.trim()
}

/**
 * The real `midad hub` as its own process, so a test can kill it the way a
 * power cut would and start it again on the same folder and port.
 */
export class HubProcess {
  private child: ChildProcess | undefined
  private stderr = ''
  url = ''

  constructor(readonly dataDir: string) {}

  get port(): number {
    return Number(new URL(this.url).port)
  }

  /** Starts the hub (on `port`, or any free one) and resolves with the address it prints first. */
  async start(port = 0): Promise<string> {
    if (this.child) throw new Error('hub already running')
    this.stderr = ''
    const child = spawn(process.execPath, [midad, 'hub', '--port', String(port), '--data', this.dataDir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
    this.child = child
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (chunk: string) => {
      this.stderr += chunk
    })
    this.url = await new Promise<string>((done, fail) => {
      const lines = createInterface({ input: child.stdout! })
      lines.once('line', (line) => done(line.trim()))
      child.once('exit', (code, signal) => fail(new Error(`hub exited before it was ready (code ${code}, signal ${signal}):\n${this.stderr}`)))
    })
    return this.url
  }

  async kill(): Promise<void> {
    await this.end('SIGKILL')
  }

  async stop(): Promise<void> {
    await this.end('SIGTERM')
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child
    if (!child) return
    this.child = undefined
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    child.kill(signal)
    await exited
  }
}
