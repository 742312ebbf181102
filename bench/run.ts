// `npm run bench`: runs every bench/*.bench.ts, prints medians and p95 against
// each baseline, and writes every figure to out/bench/results.json.
// `npm run bench -- save` runs only benchmarks whose file name contains "save".
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { BenchFigure, Benchmark } from './benchmark'
import { percentile } from './percentiles'
import { closeBrowserSession } from './browser-session'

const benchDir = dirname(fileURLToPath(import.meta.url))
const resultsPath = resolve('out', 'bench', 'results.json')

const round = (n: number, digits = 3): number => Number(n.toFixed(digits))

function figureOf(benchmark: Benchmark, samples: number[], baseline: number[]): BenchFigure {
  const p50 = percentile(samples, 50)
  const baselineP50 = percentile(baseline, 50)
  return {
    name: benchmark.name,
    unit: benchmark.unit,
    p50: round(p50),
    p95: round(percentile(samples, 95)),
    baseline_p50: round(baselineP50),
    baseline_p95: round(percentile(baseline, 95)),
    ratio: round(p50 / baselineP50, 2)
  }
}

function printTable(figures: BenchFigure[]): void {
  const header = ['benchmark', 'unit', 'p50', 'p95', 'baseline p50', 'baseline p95', 'ratio']
  const rows = figures.map((f) =>
    [f.name, f.unit, f.p50, f.p95, f.baseline_p50, f.baseline_p95, `${f.ratio}×`].map(String)
  )
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  console.log(line(header))
  console.log(widths.map((w) => '─'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? ''
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort()
  if (files.length === 0) throw new Error(`no bench/*.bench.ts matches "${filter}"`)

  const figures: BenchFigure[] = []
  for (const file of files) {
    const module = (await import(pathToFileURL(join(benchDir, file)).href)) as { default: Benchmark | Benchmark[] }
    for (const benchmark of [module.default].flat()) {
      console.error(`running ${benchmark.name} …`)
      const { samples, baseline } = await benchmark.measure()
      figures.push(figureOf(benchmark, samples, baseline))
      console.error(`  ${samples.length} samples, ${baseline.length} baseline samples (Node ${process.versions.node})`)
    }
  }
  await closeBrowserSession()

  printTable(figures)
  mkdirSync(dirname(resultsPath), { recursive: true })
  writeFileSync(resultsPath, `${JSON.stringify(figures, null, 2)}\n`)
  console.log(`\nwritten to ${resultsPath}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
