#!/usr/bin/env node
// The package's `midad` bin: the CLI runs from its TypeScript source under tsx,
// like `npm run midad`, so there is no separate build to keep in step.
import '../scripts/require-node.js'
import { register } from 'tsx/esm/api'

register()
await import('../electron/cli/index.ts')
