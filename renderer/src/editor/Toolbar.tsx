import type { ReactNode } from 'react'
import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { MessageKey } from '../../../shared/i18n/ar'
import { useT } from '../i18n/locale-context'
import { isSelectionLeftToRight, toggleBlockDirection } from './block-direction-command'
import { focusBodyNow } from './focus-body'
import { InsertMenu } from './InsertMenu'
import { tableHasHeaderRow } from './table-commands'
import type { ArticleReview } from '../review/article-review'
import { isSuggesting } from '../review/suggesting-mode'
import { suggestionAt } from '../review/suggestion-at'

interface Props {
  editor: Editor
  linkOpen: boolean
  onLink: () => void
  onFigure: () => void
  addingFigure: boolean
  shortcutsOpen: boolean
  onShortcuts: () => void
  review: ArticleReview
  /** Comment on the selected words (the screen says so when none are selected). */
  onComment: () => void
}

interface ToolProps {
  testId: string
  label: MessageKey
  hint: MessageKey
  active?: boolean
  disabled?: boolean
  onPress: () => void
  children?: ReactNode
}

function Tool({ testId, label, hint, active, disabled, onPress, children }: ToolProps) {
  const t = useT()
  return (
    <button
      type="button"
      className="tool"
      data-testid={testId}
      aria-pressed={active === undefined ? undefined : active}
      // The visible label is the button's name (speech control says what it
      // sees); the hint, with its shortcut, is the description.
      title={t(hint)}
      disabled={disabled}
      // Keeps the caret and selection in the body while the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children ?? t(label)}
    </button>
  )
}

export function Toolbar({ editor, linkOpen, onLink, onFigure, addingFigure, shortcutsOpen, onShortcuts, review, onComment }: Props) {
  const t = useT()
  const is = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      quote: e.isActive('quote'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      ltr: isSelectionLeftToRight(e.state),
      latinRun: e.isActive('lang'),
      table: e.isActive('table'),
      headerRow: tableHasHeaderRow(e.state),
      suggesting: isSuggesting(e.state),
      suggestion: suggestionAt(e.state),
      selected: !e.state.selection.empty
    })
  })
  // The caret goes back to the body at once (a button reached with the keyboard
  // had it): Tiptap's focus() would wait for a frame, and keys typed meanwhile
  // would go to the button.
  const run = () => {
    if (!editor.view.hasFocus()) focusBodyNow(editor)
    return editor.chain()
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="tool-group">
        <Tool testId="tb-h2" label="tb.h2" hint="tb.h2.hint" active={is.h2} onPress={() => run().toggleHeading({ level: 2 }).run()} />
        <Tool testId="tb-h3" label="tb.h3" hint="tb.h3.hint" active={is.h3} onPress={() => run().toggleHeading({ level: 3 }).run()} />
      </div>
      <div className="tool-group">
        <Tool testId="tb-bold" label="tb.bold" hint="tb.bold.hint" active={is.bold} onPress={() => run().toggleBold().run()}>
          <strong>{t('tb.bold')}</strong>
        </Tool>
        <Tool testId="tb-italic" label="tb.italic" hint="tb.italic.hint" active={is.italic} onPress={() => run().toggleItalic().run()}>
          <em>{t('tb.italic')}</em>
        </Tool>
        <Tool testId="tb-link" label="tb.link" hint="tb.link.hint" active={is.link || linkOpen} onPress={onLink} />
        <Tool testId="tb-lang-en" label="tb.langEn" hint="tb.langEn.hint" active={is.latinRun} onPress={() => run().toggleMark('lang', { lang: 'en' }).run()} />
      </div>
      <div className="tool-group">
        <Tool
          testId="tb-direction"
          label="tb.direction"
          hint="tb.direction.hint"
          active={is.ltr}
          onPress={() => run().command(({ state, dispatch }) => toggleBlockDirection(state, dispatch)).run()}
        />
      </div>
      <div className="tool-group">
        <Tool testId="tb-quote" label="tb.quote" hint="tb.quote.hint" active={is.quote} onPress={() => run().toggleQuote().run()} />
        <Tool testId="tb-bullet-list" label="tb.bulletList" hint="tb.bulletList.hint" active={is.bulletList} onPress={() => run().toggleBulletList().run()} />
        <Tool testId="tb-ordered-list" label="tb.orderedList" hint="tb.orderedList.hint" active={is.orderedList} onPress={() => run().toggleOrderedList().run()} />
      </div>
      <div className="tool-group">
        <Tool testId="tb-figure" label="tb.figure" hint="tb.figure.hint" disabled={addingFigure} onPress={onFigure}>
          {addingFigure ? t('tb.figure.adding') : t('tb.figure')}
        </Tool>
        <InsertMenu editor={editor} />
      </div>
      {is.table && (
        // Shown while the caret is in a table: its rows, columns and header row.
        <div className="tool-group" role="group" aria-label={t('tb.table.group')} data-testid="table-tools">
          <Tool testId="tb-table-add-row" label="tb.table.addRow" hint="tb.table.addRow.hint" onPress={() => run().addRowAfter().run()} />
          <Tool testId="tb-table-delete-row" label="tb.table.deleteRow" hint="tb.table.deleteRow.hint" onPress={() => run().deleteRow().run()} />
          <Tool
            testId="tb-table-add-column"
            label="tb.table.addColumn"
            hint={is.suggesting ? 'tb.table.addColumn.notSuggested' : 'tb.table.addColumn.hint'}
            // A column added while suggesting could not be rejected whole (its empty cells would stay): it is added while editing.
            disabled={is.suggesting}
            onPress={() => run().addColumnAfter().run()}
          />
          <Tool testId="tb-table-delete-column" label="tb.table.deleteColumn" hint="tb.table.deleteColumn.hint" onPress={() => run().deleteColumn().run()} />
          <Tool
            testId="tb-table-header-row"
            label="tb.table.headerRow"
            hint="tb.table.headerRow.hint"
            active={is.headerRow}
            onPress={() => run().toggleHeaderRow().run()}
          />
          <Tool testId="tb-table-delete" label="tb.table.delete" hint="tb.table.delete.hint" onPress={() => run().deleteTable().run()} />
        </div>
      )}
      <div className="tool-group" role="group" aria-label={t('tb.review.group')}>
        <Tool testId="tb-comment" label="tb.comment" hint="tb.comment.hint" disabled={!is.selected} onPress={onComment} />
        <Tool testId="tb-suggesting" label="tb.suggesting" hint="tb.suggesting.hint" active={is.suggesting} onPress={() => review.setSuggesting(!is.suggesting)} />
        {is.suggestion !== null && (
          <>
            <Tool testId="tb-accept" label="tb.accept" hint="tb.accept.hint" onPress={() => review.decide('accept', [is.suggestion!])} />
            <Tool testId="tb-reject" label="tb.reject" hint="tb.reject.hint" onPress={() => review.decide('reject', [is.suggestion!])} />
          </>
        )}
      </div>
      <div className="tool-group">
        <Tool testId="tb-shortcuts" label="tb.shortcuts" hint="tb.shortcuts.hint" active={shortcutsOpen} onPress={onShortcuts} />
      </div>
    </div>
  )
}
