#!/usr/bin/env node
// `npm run web` and the end-to-end tests' host: the web host as built with the
// app (out/main/host.js). The Node check comes first, before anything native loads.
import './require-node.js'
import './compile-cache.js'
import { builtProgram } from './built-program.js'

await import(builtProgram('host'))
