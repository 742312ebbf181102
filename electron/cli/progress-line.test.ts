import { describe, expect, it } from 'vitest'
import { progressLine } from './progress-line'

describe('the progress line of a batch on a terminal', () => {
  it('fills the bar in proportion and counts what is done', () => {
    expect(progressLine({ done: 0, total: 4, label: 'خبر' }, 80)).toBe(`[${'░'.repeat(24)}] 0/4 خبر`)
    expect(progressLine({ done: 1, total: 4, label: 'خبر' }, 80)).toBe(`[${'█'.repeat(6)}${'░'.repeat(18)}] 1/4 خبر`)
    expect(progressLine({ done: 4, total: 4, label: '' }, 80)).toBe(`[${'█'.repeat(24)}] 4/4`)
  })

  it('never grows wider than the terminal, cutting the headline between letters, not inside one', () => {
    const headline = 'بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي في مواجهة التحديات'
    const line = progressLine({ done: 3, total: 12, label: headline }, 50)
    expect([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(line)].length).toBeLessThan(50)
    expect(line.endsWith('…')).toBe(true)
    expect(line.startsWith(`[${'█'.repeat(6)}`)).toBe(true)
    // A letter keeps its harakat: the cut falls between letters.
    const name = 'مُحَمَّدٌ '.repeat(20)
    const kept = progressLine({ done: 1, total: 2, label: name }, 45).split('] 1/2 ')[1]!.replace(/…$/, '')
    expect(name.startsWith(kept)).toBe(true)
    expect(name.charAt(kept.length)).not.toMatch(/[\u064B-\u0652]/u)
  })

  it('puts a headline written over several lines on one', () => {
    expect(progressLine({ done: 1, total: 1, label: 'سطر\nثانٍ' }, 80)).toMatch(/ سطر ثانٍ$/)
  })
})
