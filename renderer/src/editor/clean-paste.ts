import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { localeOrDefault, translate } from '../../../shared/i18n/translate'
import { normalisePastedHtml } from '../../../shared/paste/normalise-pasted-html'

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
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  normalisePastedHtml(doc.body)
  return doc.body.innerHTML
}

// The refusal is shown beside the body in the interface language (the page's
// <html lang>), with the same look and test id as every other screen message.
function showRefusal(view: EditorView, chars: number): void {
  const doc = view.dom.ownerDocument
  const locale = localeOrDefault(doc.documentElement.lang)
  doc.querySelector('[data-paste-refused]')?.remove()
  const notice = doc.createElement('div')
  notice.className = 'error-message'
  notice.setAttribute('data-testid', 'error-message')
  notice.setAttribute('data-paste-refused', '')
  notice.setAttribute('role', 'alert')
  const text = doc.createElement('p')
  text.textContent = translate(locale, 'editor.pasteTooLarge', { length: chars, max: MAX_PASTE_TEXT_CHARS })
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
 * nodes and marks. Oversized pastes are refused before they are parsed.
 */
export const CleanPaste = Extension.create({
  name: 'cleanPaste',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('cleanPaste'),
        props: {
          transformPastedHTML: (html) => cleanPastedHtml(html),
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
              showRefusal(view, text > 0 ? text : html)
              return true
            }
          }
        },
        view: (view) => ({ destroy: () => view.dom.ownerDocument.querySelector('[data-paste-refused]')?.remove() })
      })
    ]
  }
})
