import { describe, expect, it } from 'vitest'
import { plainTextParagraphs } from './plain-text-paragraphs'

describe('plain text pasted into the body', () => {
  it('joins lines wrapped by a single line break into one paragraph; a blank line starts the next', () => {
    const wire = 'أعلنت وزارة المالية اليوم\nعن خطة جديدة لدعم\nالمشروعات الصغيرة.\n\nوقال الوزير إن الخطة\r\nتبدأ الشهر المقبل.\n \n\nالمصدر: واس'
    expect(plainTextParagraphs(wire)).toEqual([
      'أعلنت وزارة المالية اليوم عن خطة جديدة لدعم المشروعات الصغيرة.',
      'وقال الوزير إن الخطة تبدأ الشهر المقبل.',
      'المصدر: واس'
    ])
  })

  it('keeps a single line as it is, spaces inside it included', () => {
    expect(plainTextParagraphs('كلمة  واحدة')).toEqual(['كلمة  واحدة'])
    expect(plainTextParagraphs('\n\n')).toEqual([])
  })
})
