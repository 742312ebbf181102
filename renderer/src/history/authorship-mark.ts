import { Mark } from '@tiptap/core'
import { personColour } from '../../../shared/people/person-colour'

export interface AuthorshipOptions {
  /** The writer's name as the desk knows it, or what to call words nobody was recorded writing. */
  nameOf: (personId: string | null) => string
}

/**
 * The mark y-tiptap's snapshot rendering puts on each run of words, naming
 * who wrote it (it must be called `ychange`, with these attributes). Drawn
 * in the writer's colour, with their name on the run for the pointer and
 * for assistive technology.
 */
export const AuthorshipMark = Mark.create<AuthorshipOptions>({
  name: 'ychange',

  addOptions() {
    return { nameOf: () => '' }
  },

  addAttributes() {
    return { user: { default: null }, type: { default: null }, color: { default: null } }
  },

  renderHTML({ mark }) {
    const writer = (mark.attrs.user as string | null) ?? null
    return [
      'span',
      {
        class: writer ? 'written-by' : 'written-by written-by-nobody',
        'data-writer': writer ?? '',
        title: this.options.nameOf(writer),
        style: writer ? `--writer-colour: ${personColour(writer)}` : ''
      },
      0
    ]
  }
})
