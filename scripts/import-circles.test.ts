import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Lint's import-x/no-cycle follows value imports only. A circle made of
// `import type` leaves nothing at run time, but it still ties two files
// together: neither can move or be understood without the other. This counts
// every circle, type imports included.

const root = resolve(import.meta.dirname, '..')
const folders = ['electron', 'shared', 'renderer']


function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

function resolveRelative(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = resolve(dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of folders.flatMap((folder) => sourceFiles(join(root, folder)))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    graph.set(
      file,
      importedFiles.flatMap(({ fileName }) => resolveRelative(file, fileName) ?? [])
    )
  }
  return graph
}

/** Groups of files that reach each other through their imports (Tarjan's strongly connected components). */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (file: string) => {
    index.set(file, index.size)
    low.set(file, index.get(file)!)
    stack.push(file)
    onStack.add(file)
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(file, Math.min(low.get(file)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!))
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        group.push(member)
      } while (member !== file)
      const selfImport = graph.get(file)?.includes(file) ?? false
      if (group.length > 1 || selfImport) found.push(group.map((path) => relative(root, path)).sort())
    }
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return found
}

describe('import circles', () => {
  it('sees a type import as an import', () => {
    const { importedFiles } = ts.preProcessFile("import type { Byline } from './byline'\n", true, true)
    expect(importedFiles.map(({ fileName }) => fileName)).toEqual(['./byline'])
  })

  it('finds two files that import each other, and not the one that only imports them', () => {
    const graph = new Map([
      ['/headline.ts', ['/kicker.ts']],
      ['/kicker.ts', ['/headline.ts']],
      ['/dek.ts', ['/headline.ts']]
    ])
    expect(circles(graph)).toEqual([[relative(root, '/headline.ts'), relative(root, '/kicker.ts')]])
  })

  it('there are none in electron/, shared/ and renderer/, type imports included', () => {
    expect(circles(importGraph()).map((group) => group.join(' ↔ '))).toEqual([])
  })
})
