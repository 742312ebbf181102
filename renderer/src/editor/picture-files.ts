import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

/** Files that reached the body by drop or paste, and where they should land. */
export interface ArrivingFiles {
  pictures: File[]
  /** Files that are not pictures (a Word file dropped on the body instead of the library). */
  others: File[]
  /** Where the figures go: a key whose position follows later edits (see figurePositionOf). */
  placeKey: number
}

interface PlacesState {
  next: number
  places: Map<number, number>
}

const placesKey = new PluginKey<PlacesState>('pictureFilePlaces')
const addPlace = 'addPicturePlace'
const dropPlace = 'dropPicturePlace'
const movePlace = 'movePicturePlace'

const isPicture = (file: File) => file.type.startsWith('image/')

/**
 * Storing a dropped photograph takes a moment; the journalist may type on
 * meanwhile. The drop point is kept in plugin state and mapped through every
 * transaction, so the figure lands where the picture was dropped, not where
 * the caret happens to be when the back side answers.
 */
export function figurePositionOf(view: EditorView, placeKey: number): number | null {
  return placesKey.getState(view.state)?.places.get(placeKey) ?? null
}

export function forgetPlace(view: EditorView, placeKey: number): void {
  view.dispatch(view.state.tr.setMeta(dropPlace, placeKey).setMeta('addToHistory', false))
}

/**
 * The next picture of the same drop goes after the figure just inserted:
 * where that figure ends is where the document stopped changing, whatever the
 * insert did around the drop point (a paragraph split, a figure placed after
 * the block). Without this the place could stay before the new figure, and
 * pictures dropped together came out in reverse order.
 */
export function placeAfterInsert(view: EditorView, placeKey: number, before: EditorView['state']['doc']): void {
  const end = view.state.doc.content.findDiffEnd(before.content)
  if (end) view.dispatch(view.state.tr.setMeta(movePlace, { key: placeKey, pos: end.a }).setMeta('addToHistory', false))
}

function rememberPlace(view: EditorView, pos: number): number {
  const key = placesKey.getState(view.state)?.next ?? 0
  view.dispatch(view.state.tr.setMeta(addPlace, pos).setMeta('addToHistory', false))
  return key
}

function mapPlaces(tr: Transaction, state: PlacesState): PlacesState {
  const added = tr.getMeta(addPlace) as number | undefined
  const dropped = tr.getMeta(dropPlace) as number | undefined
  const moved = tr.getMeta(movePlace) as { key: number; pos: number } | undefined
  if (!tr.docChanged && added === undefined && dropped === undefined && moved === undefined) return state
  const places = new Map<number, number>()
  for (const [key, pos] of state.places) if (key !== dropped) places.set(key, tr.mapping.map(pos))
  if (moved && places.has(moved.key)) places.set(moved.key, moved.pos)
  if (added === undefined) return { next: state.next, places }
  places.set(state.next, added)
  return { next: state.next + 1, places }
}

function arriving(view: EditorView, files: FileList | undefined | null, pos: number): ArrivingFiles | null {
  const list = [...(files ?? [])]
  if (list.length === 0) return null
  return { pictures: list.filter(isPicture), others: list.filter((f) => !isPicture(f)), placeKey: rememberPlace(view, pos) }
}

/**
 * Pictures dropped on the body, or pasted as files (a screenshot), become
 * figures where they were dropped or at the caret. The files themselves are
 * handed to the screen, which stores them through the contract; no file is
 * ever inlined into the article as a data: URL.
 */
export const PictureFiles = Extension.create<{ onFiles: (files: ArrivingFiles) => void }>({
  name: 'pictureFiles',

  addOptions() {
    return { onFiles: () => undefined }
  },

  addProseMirrorPlugins() {
    const { onFiles } = this.options
    return [
      new Plugin<PlacesState>({
        key: placesKey,
        state: {
          init: () => ({ next: 0, places: new Map() }),
          apply: (tr, state) => mapPlaces(tr, state)
        },
        props: {
          handleDrop: (view, event, _slice, moved) => {
            if (moved || !event.dataTransfer?.files.length) return false
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
            const files = arriving(view, event.dataTransfer.files, at?.pos ?? view.state.selection.from)
            if (!files) return false
            event.preventDefault()
            onFiles(files)
            return true
          },
          handlePaste: (view, event) => {
            const data = event.clipboardData
            // Copying a picture from a web page also puts its HTML on the
            // clipboard; that paste is the cleaner's (and drops the remote image).
            if (!data?.files.length || data.getData('text/html') !== '') return false
            const files = arriving(view, data.files, view.state.selection.from)
            if (!files) return false
            onFiles(files)
            return true
          }
        }
      })
    ]
  }
})
