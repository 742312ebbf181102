// The `midad` command line: `npm run midad -- ARGS`, or the package's bin.
import '../../scripts/require-node.js'
import { runCli } from './run-cli'

const write = (stream: NodeJS.WriteStream) => (text: string) => {
  stream.write(text)
}

// A reader that stops early (`midad list | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

process.exitCode = await runCli(process.argv.slice(2), process.env, {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  // A progress line only where someone watches it: not in a pipe, a log or CI.
  ...(process.stderr.isTTY ? { terminal: { columns: process.stderr.columns || 80 } } : {})
})
