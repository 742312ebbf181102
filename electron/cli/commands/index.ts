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

export const commands: Record<string, Command> = Object.fromEntries(
  [importCommand, listCommand, showCommand, statusCommand, exportCommand, lintCommand, pictureCommand, settingsCommand, initCommand, profileCommand, historyCommand, diffCommand, restoreCommand, revisionCommand].map((command) => [command.name, command])
)
