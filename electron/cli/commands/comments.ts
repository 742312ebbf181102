import type { CommentThreadView } from '../../../shared/review/review-views'
import type { Command, CommandOutput } from '../command'
import type { Core } from '../../core'

/** A thread's or a suggestion's id as the lines show it: enough of it to name it back (as revisions are). */
export const shortId = (id: string): string => id.slice(0, 8)

/** People's names by id, for the lines; an id the desk does not know reads as unknown. */
export function namesOf(core: Core, ids: readonly string[], output: CommandOutput): (id: string | null) => string {
  const known = new Map(core.findPeople([...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id))).map((person) => [person.id, person.name]))
  return (id) => (id === null ? output.text('revision.nobody') : (known.get(id) ?? output.text('revision.nobody')))
}

function threadState(thread: CommentThreadView, output: CommandOutput): string {
  const state = [output.text(thread.resolved ? 'cli.comments.resolved' : 'cli.comments.open')]
  if (!thread.anchored) state.push(output.text('cli.comments.detached'))
  return state.join(output.text('cli.comments.and'))
}

/** `midad comments ID [--json]`: the article's comment threads, oldest first, each with its replies. */
export const commentsCommand: Command = {
  name: 'comments',
  usage: 'midad comments ID [--json]',
  positionals: ['ID'],
  options: ['json'],
  run({ args, options, core, output }) {
    const threads = core().listCommentThreads(args[0]!)
    if (options.json) return output.json(threads)
    if (threads.length === 0) return output.say('cli.comments.none')
    const name = namesOf(core(), threads.flatMap((thread) => thread.replies.map((reply) => reply.by)), output)
    for (const thread of threads) {
      output.print(`${shortId(thread.id)}  «${thread.words}»  ${threadState(thread, output)}`)
      for (const reply of thread.replies) output.print(`  ${name(reply.by)}  ${reply.at}: ${reply.text}`)
    }
  }
}
