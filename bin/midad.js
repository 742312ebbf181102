#!/usr/bin/env node
// The package's `midad` bin and `npm run midad`: the CLI as built with the app
// (out/main/cli.js). The Node check comes first, before anything native loads.
import '../scripts/require-node.js'
import '../scripts/compile-cache.js'
import { builtProgram } from '../scripts/built-program.js'

await import(builtProgram('cli'))
