import { spawn } from 'node:child_process'

/** Best effort: a machine without a desktop still has the printed address. */
export function openInBrowser(url: string): void {
  openWithSystem(url)
}

/**
 * The system's own opener (a page in the browser, a folder in the file
 * manager); best effort, with what went wrong handed to `failed` (the log).
 */
export function openWithSystem(target: string, failed: (error: unknown) => void = () => undefined): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [target]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', target]]
        : ['xdg-open', [target]]
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' })
    child.on('error', failed)
    child.unref()
  } catch (error) {
    // The address is on the terminal all the same.
    failed(error)
  }
}
