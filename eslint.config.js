import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { builtinModules } from 'node:module'

// The arrows of docs/architecture.md, enforced on every change:
//   shared   imports no Node built-in, DOM, React or Electron;
//   renderer imports nothing under electron/ (it talks through the contract);
//   electron/core never imports `electron` (it must run under plain Node).
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tools/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node built-ins.' })),
        patterns: [
          { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tiptap/react'], message: 'shared/ is pure: no React.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing above it.' }
        ]
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'shared/ is pure: no DOM.' },
        { name: 'document', message: 'shared/ is pure: no DOM.' },
        { name: 'navigator', message: 'shared/ is pure: no DOM.' },
        { name: 'localStorage', message: 'shared/ is pure: no DOM.' },
        { name: 'process', message: 'shared/ is pure: no Node.' },
        { name: 'Buffer', message: 'shared/ is pure: no Node.' }
      ]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node: ask the back side through the contract.' })),
        patterns: [
          { group: ['electron', 'electron/*'], message: 'The renderer never imports Electron: use the contract client.' },
          { group: ['**/electron/**'], message: 'The renderer never imports electron/: use the contract client.' }
        ]
      }]
    }
  },
  {
    // A renderer test may drive the real back side (a core on a temporary
    // SQLite file, served by the browser host) rather than a fake of it; the
    // renderer's own code still reaches it only through the contract.
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '^electron(/|$)', message: 'The renderer never imports Electron: use the contract client.' },
          { group: ['**/electron/main/**', '**/electron/preload/**', '**/electron/cli/**'], message: 'A renderer test may start the browser host, not the Electron shell or the CLI.' }
        ]
      }]
    }
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'core runs under plain Node: never import electron.' },
          { group: ['**/electron/main/**', '**/electron/host/**', '**/electron/cli/**', '**/electron/preload/**', '**/renderer/**'], message: 'core sits below the shells and the renderer.' }
        ]
      }]
    }
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/core/**', '**/renderer/**'], message: 'preload exposes the contract only.' }
        ]
      }]
    }
  }
)
