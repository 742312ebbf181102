import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// The design's layout (electron/, renderer/, shared/) instead of electron-vite's
// default src/: each target names its entry. Only main and preload need Electron;
// the browser host and the CLI are built with main, as plain Node programs that
// share main's chunks of core, so nothing runs TypeScript at run time.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The import worker is its own entry, written beside index.js, where
      // core's import-off-thread.ts looks for it when running built. Chunks
      // sit in the same folder, not in chunks/: core's code ends up in a chunk
      // shared by the four entries, and it finds the worker and resources/
      // relative to its own file.
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'import-worker': resolve('electron/core/import/import-worker.ts'),
          // `npm run web` and the e2e host (scripts/web.js), `npm run midad` and bin/midad.js.
          host: resolve('electron/host/cli.ts'),
          cli: resolve('electron/cli/index.ts')
        },
        output: { chunkFileNames: '[name]-[hash].js' }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } }
    }
  }
})
