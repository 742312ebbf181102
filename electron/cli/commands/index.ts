import type { Command } from '../command'
import { exportCommand } from './export'
import { importCommand } from './import'
import { lintCommand } from './lint'
import { listCommand } from './list'
import { showCommand } from './show'

export const commands: Record<string, Command> = Object.fromEntries(
  [importCommand, listCommand, showCommand, exportCommand, lintCommand].map((command) => [command.name, command])
)
