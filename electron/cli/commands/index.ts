import type { Command } from '../command'
import { exportCommand } from './export'
import { importCommand } from './import'
import { lintCommand } from './lint'
import { listCommand } from './list'
import { showCommand } from './show'
import { statusCommand } from './status'

export const commands: Record<string, Command> = Object.fromEntries(
  [importCommand, listCommand, showCommand, statusCommand, exportCommand, lintCommand].map((command) => [command.name, command])
)
