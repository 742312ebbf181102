import { describe, expect, it } from 'vitest'
import { base64FromDataUrl } from './image-file'

describe('picked picture as base64', () => {
  it('takes the payload of a data URL whatever the type FileReader names', () => {
    expect(base64FromDataUrl('data:image/png;base64,iVBORw0KGgo=')).toBe('iVBORw0KGgo=')
    expect(base64FromDataUrl('data:application/octet-stream;base64,AAEC')).toBe('AAEC')
  })

  it('gives an empty payload for an empty file, so the back side can say it is empty', () => {
    expect(base64FromDataUrl('data:;base64,')).toBe('')
    expect(base64FromDataUrl('data:')).toBe('')
  })

  it('refuses anything that is not base64 data', () => {
    expect(() => base64FromDataUrl('data:text/plain,hello')).toThrow()
    expect(() => base64FromDataUrl('https://example.org/a.png')).toThrow()
  })
})
