import { execFile } from 'node:child_process'
import { resolve } from 'node:path'

const vnuJar = resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar')

/** The Nu HTML Checker's errors for the given files; an empty string means valid. */
export function htmlErrors(...files: string[]): Promise<{ exitCode: number; errors: string }> {
  return new Promise((done, fail) => {
    execFile('java', ['-jar', vnuJar, '--errors-only', ...files], { maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        fail(new Error(`could not run the HTML checker (is Java installed?): ${error.message}`))
        return
      }
      done({ exitCode: typeof error?.code === 'number' ? error.code : 0, errors: `${stdout}${stderr}`.trim() })
    })
  })
}
