/**
 * Plain text as the article's paragraphs. Text copied from an e-mail, a PDF
 * or a wire feed is wrapped at a fixed width: a single line break there is a
 * soft wrap inside a paragraph, so the lines are joined with a space. A blank
 * line (only spaces on it, or none) is what separates paragraphs.
 */
export function plainTextParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' ')
    )
    .filter((paragraph) => paragraph !== '')
}
