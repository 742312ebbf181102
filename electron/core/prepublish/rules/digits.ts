import type { Finding } from '../../../../shared/prepublish/finding'
import type { DigitStyle } from '../../../../shared/settings/newsroom-settings'
import { finding, type Rule } from '../check-input'
import { textFields } from '../text-fields'

// Arabic-Indic digits as Arabic writes them, and the Persian forms a pasted text may bring.
const easternDigit = /[\u0660-\u0669\u06F0-\u06F9]/
const westernDigit = /[0-9]/

/** The runs of digits not written in `style`, as offsets; English runs are left out. */
function offStyleRuns(text: string, latinRun: boolean[], style: DigitStyle): { from: number; to: number }[] {
  const off = style === 'western' ? easternDigit : westernDigit
  const runs: { from: number; to: number }[] = []
  for (let i = 0; i < text.length; i++) {
    if (!off.test(text[i]!) || latinRun[i]) continue
    const last = runs[runs.length - 1]
    if (last && last.to === i) last.to = i + 1
    else runs.push({ from: i, to: i + 1 })
  }
  return runs
}

/**
 * A field that writes numbers both ways (٣ and 3) against the newsroom's
 * digit setting: the reader sees two number systems in one story. Only mixing
 * is flagged — a field written wholly one way is the desk's choice — and not
 * in left-to-right copy or runs marked as English, where 0–9 are right. The
 * finding points at the first number written against the setting.
 */
export const mixedDigitsRule: Rule = (input) => {
  const style = input.settings.digitStyle
  const found: Finding[] = []
  for (const { text, latinRun, ltr, at } of textFields(input)) {
    if (ltr) continue
    const runs = offStyleRuns(text, latinRun, style)
    const other: DigitStyle = style === 'western' ? 'arabic-indic' : 'western'
    if (runs.length === 0 || offStyleRuns(text, latinRun, other).length === 0) continue
    const first = runs[0]!
    found.push(finding('mixed_digits', at(first), { digits: text.slice(first.from, first.to), style, count: runs.length }))
  }
  return found
}
