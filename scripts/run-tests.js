// `npm test`: every test, in the order that lets two cores finish soonest.
// Type-check and lint each keep one core busy at most, so they run side by
// side; the build follows lint in the same lane, never beside it (electron-vite
// writes and deletes a bundled copy of its config in the repository root,
// which lint would find and then miss). The unit tests come next (the CLI's
// bin test runs the build), then the end-to-end tests, which use both cores on
// their own. Side-by-side lanes print their output whole when they end; a
// stage of one lane streams. Each task's time is printed.
import { spawn } from 'node:child_process'
import process from 'node:process'

// Stages run one after another; a stage's lanes run side by side, each lane's tasks in turn.
const stages = [
  [['lint', 'build'], ['typecheck']],
  [['test:unit']],
  [['test:e2e']]
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

/** A lane's tasks in turn, stopping at the first that fails. */
async function runLane(lane, streamed) {
  const results = []
  for (const task of lane) {
    const result = await run(task, streamed)
    if (!streamed) process.stdout.write(`\n--> ${result.task}\n${result.output}`)
    process.stdout.write(`--> ${result.task} ${result.ok ? 'passed' : `FAILED (${result.code})`} in ${result.took}\n`)
    results.push(result)
    if (!result.ok) break
  }
  return results
}

const startedAt = Date.now()
for (const stage of stages) {
  const alone = stage.length === 1
  if (!alone) process.stdout.write(`\n--> side by side: ${stage.map((lane) => lane.join(' then ')).join(' | ')}\n`)
  const results = (await Promise.all(stage.map((lane) => runLane(lane, alone)))).flat()
  const failed = results.filter((result) => !result.ok).map((result) => result.task)
  if (failed.length > 0) {
    process.stderr.write(`\nnpm test failed in ${failed.join(', ')} after ${seconds(startedAt)}\n`)
    process.exit(1)
  }
}
process.stdout.write(`\nnpm test passed in ${seconds(startedAt)}\n`)
