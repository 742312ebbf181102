import type { Command } from '../command'
import { shortId } from './comments'

/** `midad comment ID --on WORDS --text TEXT [--json]`: a comment on the first place the words occur, as the desk's person. */
export const commentCommand: Command = {
  name: 'comment',
  usage: 'midad comment ID --on WORDS --text TEXT [--json]',
  positionals: ['ID'],
  options: ['json', 'on', 'text'],
  required: ['on', 'text'],
  run({ args, options, core, output }) {
    const thread = core().addComment(args[0]!, { quote: options.on!, text: options.text! })
    if (options.json) return output.json(thread)
    output.say('cli.commented', { words: thread.words, id: shortId(thread.id) })
  }
}
