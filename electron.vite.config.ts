import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// The design's layout (electron/, renderer/, shared/) instead of electron-vite's
// default src/: each target names its entry. Only main and preload need Electron;
// the browser host and the CLI run from source under Node (tsx).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The import worker is its own entry, written beside index.js, where
      // core's import-off-thread.ts looks for it when running built.
      rolldownOptions: {
        input: { index: resolve('electron/main/index.ts'), 'import-worker': resolve('electron/core/import/import-worker.ts') }
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
