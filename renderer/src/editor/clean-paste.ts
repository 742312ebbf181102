import { Extension } from '@tiptap/core'
import { Fragment, Slice, type ResolvedPos } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { localeOrDefault, translate } from '../../../shared/i18n/translate'
import { normalisePastedHtml } from '../../../shared/paste/normalise-pasted-html'
import { plainTextParagraphs } from '../../../shared/paste/plain-text-paragraphs'
import { nothingUnkept, type UnkeptContent } from '../../../shared/paste/unkept-content'
import { unkeptNotice } from '../../../shared/paste/unkept-notice'

/**
 * The most text one paste may bring: 300,000 characters is some 50,000 Arabic
 * words, five times the 10,000-word article the editor is benchmarked on.
 * Measured in Chromium on a loaded two-core machine, a paste of 250,000
 * characters takes about 1.7 s to land (the cleaner ~0.2 s of it, the editor
 * the rest) and a 950,000-character one over 4 s, after which every keystroke
 * lags for seconds. Beyond the limit a paste is not an article but a mistake
 * (a whole book, a log file): it is refused before anything is parsed — a
 * 5 MB paste is turned away in under 10 ms — with a message, and the article
 * stays as it was.
 */
export const MAX_PASTE_TEXT_CHARS = 300_000
// Clipboard HTML carries styles and markup several times its text (Word's
// style sheet alone is hundreds of KB), so its ceiling is higher.
export const MAX_PASTE_HTML_CHARS = 6_000_000

/** Clipboard HTML as the article schema should see it: cleaned in an inert document. */
export function cleanPastedHtml(html: string, unkept: UnkeptContent = nothingUnkept()): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  Object.assign(unkept, normalisePastedHtml(doc.body))
  return doc.body.innerHTML
}

// Plain text (no HTML on the clipboard): paragraphs where the text has blank
// lines, its single line breaks joined as the soft wraps they are.
function plainTextSlice(text: string, $context: ResolvedPos, view: EditorView): Slice {
  const { schema } = view.state
  const marks = $context.marks()
  const paragraphs = plainTextParagraphs(text).map((words) => schema.nodes.paragraph!.create(null, schema.text(words, marks)))
  return paragraphs.length > 0 ? new Slice(Fragment.from(paragraphs), 1, 1) : Slice.empty
}

type PasteMessage = { kind: 'refused'; chars: number } | { kind: 'unkept'; text: string }

// Shown beside the body in the interface language (the page's <html lang>),
// with the look of every other screen message: a refusal as an error, what a
// paste left out as a notice.
function showPasteMessage(view: EditorView, message: PasteMessage): void {
  const doc = view.dom.ownerDocument
  const locale = localeOrDefault(doc.documentElement.lang)
  const marker = message.kind === 'refused' ? 'data-paste-refused' : 'data-paste-unkept'
  doc.querySelector(`[${marker}]`)?.remove()
  const notice = doc.createElement('div')
  notice.className = message.kind === 'refused' ? 'error-message' : 'notice'
  notice.setAttribute('data-testid', message.kind === 'refused' ? 'error-message' : 'paste-notice')
  notice.setAttribute(marker, '')
  notice.setAttribute('role', message.kind === 'refused' ? 'alert' : 'status')
  const text = doc.createElement('p')
  text.textContent =
    message.kind === 'refused' ? translate(locale, 'editor.pasteTooLarge', { length: message.chars, max: MAX_PASTE_TEXT_CHARS }) : message.text
  const dismiss = doc.createElement('button')
  dismiss.type = 'button'
  dismiss.className = 'button button-quiet'
  dismiss.textContent = translate(locale, 'message.dismiss')
  dismiss.addEventListener('click', () => {
    notice.remove()
    view.focus()
  })
  notice.append(text, dismiss)
  view.dom.parentElement?.insertBefore(notice, view.dom)
}

/**
 * Paste from Word, Google Docs, LibreOffice and web pages through the one
 * shared cleaner (shared/paste); the article schema then keeps only its own
 * nodes and marks, tables included. What the cleaner had to leave out
 * (pictures, embedded objects, comments, footnotes) is named in a notice.
 * Plain text becomes paragraphs at its blank lines. Oversized pastes are
 * refused before they are parsed.
 */
export const CleanPaste = Extension.create({
  name: 'cleanPaste',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('cleanPaste'),
        props: {
          transformPastedHTML: (html, view) => {
            const unkept = nothingUnkept()
            const cleaned = cleanPastedHtml(html, unkept)
            const doc = view.dom.ownerDocument
            doc.querySelector('[data-paste-unkept]')?.remove()
            // Nothing a paste leaves out goes unmentioned.
            const text = unkeptNotice(localeOrDefault(doc.documentElement.lang), unkept, 'paste.unkept')
            if (text) showPasteMessage(view, { kind: 'unkept', text })
            return cleaned
          },
          clipboardTextParser: (text, $context, _plain, view) => plainTextSlice(text, $context, view),
          handleDOMEvents: {
            paste: (view, event) => {
              const data = event.clipboardData
              if (!data) return false
              const text = data.getData('text/plain').length
              const html = data.getData('text/html').length
              if (text <= MAX_PASTE_TEXT_CHARS && html <= MAX_PASTE_HTML_CHARS) {
                view.dom.ownerDocument.querySelector('[data-paste-refused]')?.remove()
                return false
              }
              event.preventDefault()
              showPasteMessage(view, { kind: 'refused', chars: text > 0 ? text : html })
              return true
            }
          }
        },
        view: (view) => ({
          destroy: () => {
            for (const message of view.dom.ownerDocument.querySelectorAll('[data-paste-refused], [data-paste-unkept]')) message.remove()
          }
        })
      })
    ]
  }
})
