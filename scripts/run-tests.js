// `npm test`: every test, in the order that lets two cores finish soonest.
// Type-check, lint and build do not depend on one another and each keeps one
// core busy at most, so they run side by side; the unit tests come next (the
// CLI's bin test runs the build), then the end-to-end tests, which use both
// cores on their own. A group's output is printed whole when it ends, one task
// after another; a task running alone streams. Each task's time is printed.
import { spawn } from 'node:child_process'
import process from 'node:process'

const stages = [
  ['typecheck', 'lint', 'build'],
  ['test:unit'],
  ['test:e2e']
]

// The npm that runs this script, so every task runs as `npm run <task>` does.
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm']

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)}s`

function run(task, streamed) {
  const started = Date.now()
  return new Promise((resolve) => {
    const [command, ...args] = npm
    const child = spawn(command, [...args, 'run', task], { stdio: streamed ? 'inherit' : ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => {
      output += `${error.message}\n`
    })
    child.on('close', (code, signal) => resolve({ task, ok: code === 0, code: code ?? signal, output, took: seconds(started) }))
  })
}

const startedAt = Date.now()
for (const stage of stages) {
  const alone = stage.length === 1
  if (!alone) process.stdout.write(`\n--> ${stage.join(', ')} (side by side)\n`)
  const results = await Promise.all(stage.map((task) => run(task, alone)))
  for (const result of results) {
    if (!alone) process.stdout.write(`\n--> ${result.task}\n${result.output}`)
    process.stdout.write(`--> ${result.task} ${result.ok ? 'passed' : `FAILED (${result.code})`} in ${result.took}\n`)
  }
  const failed = results.filter((result) => !result.ok).map((result) => result.task)
  if (failed.length > 0) {
    process.stderr.write(`\nnpm test failed in ${failed.join(', ')} after ${seconds(startedAt)}\n`)
    process.exit(1)
  }
}
process.stdout.write(`\nnpm test passed in ${seconds(startedAt)}\n`)
