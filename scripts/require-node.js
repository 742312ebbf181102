// Imported first by every entry point (bin/midad.js, the CLI, the web host,
// npm start): on a Node too old for Midad, one line and exit 1, before any
// module that would crash on it is loaded.
import process from 'node:process'
import { nodeVersionProblem } from './node-version.js'

const problem = nodeVersionProblem(process.versions.node, process.env)
if (problem !== null) {
  process.stderr.write(`${problem}\n`)
  process.exit(1)
}
