import type { KeyboardEvent } from 'react'

// Headline and dek wrap like they will in print but stay one paragraph.
export const singleLine = (value: string): string => value.replace(/[\r\n]+/g, ' ')

export const noNewline = (event: KeyboardEvent): void => {
  if (event.key === 'Enter') event.preventDefault()
}
