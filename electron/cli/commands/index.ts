import type { Command } from '../command'
import { exportCommand } from './export'
import { importCommand } from './import'
import { initCommand } from './init'
import { lintCommand } from './lint'
import { listCommand } from './list'
import { pictureCommand } from './picture'
import { profileCommand } from './profile'
import { historyCommand } from './history'
import { diffCommand } from './diff'
import { restoreCommand } from './restore'
import { revisionCommand } from './revision'
import { settingsCommand } from './settings'
import { showCommand } from './show'
import { statusCommand } from './status'
import { commentCommand } from './comment'
import { commentsCommand } from './comments'
import { acceptCommand, rejectCommand } from './decide'
import { suggestionsCommand } from './suggestions'
import { bundleCommand } from './bundle'

export const commands: Record<string, Command> = Object.fromEntries(
  [importCommand, listCommand, showCommand, statusCommand, exportCommand, lintCommand, pictureCommand, settingsCommand, initCommand, profileCommand, historyCommand, diffCommand, restoreCommand, revisionCommand, commentsCommand, commentCommand, suggestionsCommand, acceptCommand, rejectCommand, bundleCommand].map((command) => [command.name, command])
)
