import { useEffect, useMemo, useState } from 'react'
import * as Y from 'yjs'
import { EditorContent, useEditor } from '@tiptap/react'
import { Collaboration } from '@tiptap/extension-collaboration'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type { Person } from '../../../shared/people/person'
import { personColour } from '../../../shared/people/person-colour'
import { BODY_FIELD, writerIds, writerOf } from '../../../shared/document/article-document'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { useBackend } from '../backend/backend-context'
import { useT } from '../i18n/locale-context'
import { AuthorshipMark } from './authorship-mark'
import { shownFigure } from './shown-figure'

/**
 * Who wrote what: the body as it reads now, each run of words in its
 * writer's colour, by y-tiptap's snapshot rendering. It draws a copy of the
 * document: the rendering splits and marks what it draws, which must never
 * reach the article being edited.
 */
export function AuthorshipView({ document }: { document: Y.Doc }) {
  const t = useT()
  const { api, mediaUrl } = useBackend()
  const [copy] = useState(() => {
    const doc = new Y.Doc()
    Y.applyUpdateV2(doc, Y.encodeStateAsUpdateV2(document))
    return doc
  })
  const [people, setPeople] = useState<Person[]>([])
  const writers = useMemo(() => writerIds(copy), [copy])
  useEffect(() => {
    let live = true
    void api.findPeople({ ids: writers }).then((found) => {
      if (live && found.ok) setPeople(found.value)
    })
    return () => {
      live = false
    }
  }, [api, writers])

  const nameOf = useMemo(() => {
    const names = new Map(people.map((person) => [person.id, person.name]))
    return (personId: string | null) => (personId ? (names.get(personId) ?? t('authorship.someone')) : t('authorship.nobody'))
  }, [people, t])

  const extensions = useMemo(
    () => [
      ...articleExtensions({ figure: shownFigure(mediaUrl) }),
      AuthorshipMark.configure({ nameOf }),
      Collaboration.configure({
        document: copy,
        field: BODY_FIELD,
        ySyncOptions: {
          // What y-tiptap asks of a Y.PermanentUserData, answered from the document's own list of writers.
          permanentUserData: { dss: new Map(), getUserByClientId: (client: number) => writerOf(copy, client), getUserByDeletedId: () => null } as never
        }
      })
    ],
    [copy, mediaUrl, nameOf]
  )
  const editor = useEditor(
    {
      extensions,
      editable: false,
      editorProps: { attributes: { class: 'article-body authorship-body', dir: 'rtl', lang: 'ar', 'aria-label': t('authorship.label') } }
    },
    [extensions]
  )

  useEffect(() => {
    if (editor.isDestroyed) return
    // Every word is "added" against an empty past, named for the client that wrote it.
    editor.view.dispatch(editor.state.tr.setMeta(ySyncPluginKey, { snapshot: Y.snapshot(copy), prevSnapshot: Y.emptySnapshot }))
  }, [editor, copy])

  const known = new Map(people.map((person) => [person.id, person]))
  return (
    <section className="history-authorship" aria-labelledby="authorship-title" data-testid="authorship">
      <h3 id="authorship-title">{t('authorship.title')}</h3>
      <ul className="authorship-legend" aria-label={t('authorship.legend')}>
        {writers.map((id) => (
          <li key={id} data-testid="authorship-writer">
            <span className="person-colour" style={{ backgroundColor: personColour(id) }} aria-hidden="true" />
            <bdi>{known.get(id)?.name ?? t('authorship.someone')}</bdi>
          </li>
        ))}
      </ul>
      <EditorContent editor={editor} />
    </section>
  )
}
