/**
 * What a paste or an import brought that the article cannot keep, counted by
 * kind, so the journalist is told instead of finding it silently gone:
 * pictures the editor cannot read (Word's `file://` clip images, a web page's
 * pictures), embedded objects (frames, video, audio, plug-ins), comments and
 * footnotes.
 */
export interface UnkeptContent {
  pictures: number
  objects: number
  comments: number
  footnotes: number
}

export const unkeptKinds = ['pictures', 'objects', 'comments', 'footnotes'] as const satisfies readonly (keyof UnkeptContent)[]

export const nothingUnkept = (): UnkeptContent => ({ pictures: 0, objects: 0, comments: 0, footnotes: 0 })

export const isNothingUnkept = (unkept: UnkeptContent): boolean => unkeptKinds.every((kind) => unkept[kind] === 0)

/** Two reports as one: a .docx names what the Word reader left out, and the cleaner what it took out. */
export const addUnkept = (a: UnkeptContent, b: UnkeptContent): UnkeptContent => ({
  pictures: a.pictures + b.pictures,
  objects: a.objects + b.objects,
  comments: a.comments + b.comments,
  footnotes: a.footnotes + b.footnotes
})

// Objects the page embeds: a programme, a frame or a player, never text.
export const embeddedObjects = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'video', 'audio'])

const styleOf = (el: Element) => (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '')
const hrefOf = (el: Element) => el.getAttribute('href') ?? ''

function removeAll(elements: Iterable<Element>): void {
  for (const el of [...elements]) el.remove()
}

// Word's clipboard puts the comments after the text (mso-element:comment-list),
// with an [A1] anchor where each stood; the commented words themselves stay.
function takeOutComments(root: ParentNode): number {
  const divs = [...root.querySelectorAll('div')]
  const lists = divs.filter((div) => styleOf(div).includes('mso-element:comment-list'))
  const comments = divs.filter((div) => /mso-element:comment(;|$)/.test(styleOf(div))).length
  removeAll(lists)
  const anchors = [...root.querySelectorAll('a')].filter((a) => /^#_msocom_/i.test(hrefOf(a)) || /\bmsocomanchor\b/i.test(a.getAttribute('class') ?? ''))
  removeAll([...root.querySelectorAll('span')].filter((span) => /\bMsoCommentReference\b/.test(span.getAttribute('class') ?? '')))
  removeAll(anchors)
  return comments > 0 ? comments : anchors.length
}

// Footnotes and endnotes as each writer puts them on the clipboard or in its
// HTML: the notes gathered at the end, a numbered anchor where each is cited.
//   Word:        <a href="#_ftn1"> … <div style="mso-element:footnote-list"><div style="mso-element:footnote">
//   Word reader: <sup><a href="#footnote-1"></sup> … <ol><li id="footnote-1">
//   Google Docs: <sup><a href="#ftnt1" id="ftnt_ref1"></sup> … <div><p><a href="#ftnt_ref1" id="ftnt1">
//   LibreOffice: <a class="sdfootnoteanc" href="#sdfootnote1sym"> … <div id="sdfootnote1">
const noteReference = /^#(_ftn|_edn|footnote-|endnote-|ftnt|sdfootnote|sdendnote)/i

function takeOutFootnotes(root: ParentNode): number {
  const divs = [...root.querySelectorAll('div')]
  const wordLists = divs.filter((div) => /mso-element:(footnote|endnote)-list/.test(styleOf(div)))
  const wordNotes = divs.filter((div) => /mso-element:(footnote|endnote)(;|$)/.test(styleOf(div)))
  const readerNotes = [...root.querySelectorAll('li')].filter((li) => /^(footnote|endnote)-\d+$/.test(li.id))
  const docsNotes = [...root.querySelectorAll('a')]
    .filter((a) => /^ftnt\d+$/.test(a.id))
    .map((a) => a.closest('p') ?? a)
  const officeNotes = divs.filter((div) => /^sd(foot|end)note\d+$/.test(div.id))
  const references = [...root.querySelectorAll('a')].filter((a) => noteReference.test(hrefOf(a)) && !a.closest('li, div[id^="sd"]'))
  const notes = wordNotes.length + readerNotes.length + docsNotes.length + officeNotes.length
  const readerLists = new Set(readerNotes.map((li) => li.parentElement).filter((list): list is HTMLElement => list !== null))
  removeAll(wordLists)
  removeAll(readerNotes)
  for (const list of readerLists) if (list.children.length === 0) list.remove()
  removeAll(docsNotes)
  removeAll(officeNotes)
  // The cited number goes with its superscript.
  removeAll(references.map((a) => (a.parentElement?.tagName.toLowerCase() === 'sup' && a.parentElement.textContent === a.textContent ? a.parentElement : a)))
  return notes > 0 ? notes : references.length
}

// A block left with nothing in it once its picture went; a table cell is
// never taken out, the table's shape depends on it.
function removeIfEmpty(start: Element | null, root: ParentNode): void {
  let el = start
  while (el && el !== root && !/^(td|th|tr|table|tbody|thead|tfoot|body)$/i.test(el.tagName)) {
    if ((el.textContent ?? '').trim() !== '' || el.querySelector('img, hr, figure, table, br')) return
    const parent = el.parentElement
    el.remove()
    el = parent
  }
}

// A picture outside the editor's own figures: Word's clip images are
// `file://` paths the editor may not read, a web page's come from its server.
// A tracking pixel is not a picture anyone placed.
function takeOutPictures(root: ParentNode): number {
  let pictures = 0
  for (const el of [...root.querySelectorAll('picture, img')]) {
    if (!el.isConnected || el.closest('figure[data-type="figure"]')) continue
    const tag = el.tagName.toLowerCase()
    if (tag === 'img' && el.closest('picture')) continue
    const pixel = el.getAttribute('width') === '1' && el.getAttribute('height') === '1'
    if (!pixel) pictures++
    const parent = el.parentElement
    el.remove()
    removeIfEmpty(parent, root)
  }
  return pictures
}

/**
 * Takes comments, footnotes and unreadable pictures out of `root`, counting
 * them. Embedded objects are counted where the cleaner drops them.
 */
export function takeOutUnkept(root: ParentNode, unkept: UnkeptContent): void {
  unkept.comments += takeOutComments(root)
  unkept.footnotes += takeOutFootnotes(root)
  unkept.pictures += takeOutPictures(root)
}
