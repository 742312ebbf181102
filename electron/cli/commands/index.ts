import type { Command } from '../command'
import { exportCommand } from './export'
import { importCommand } from './import'
import { listCommand } from './list'
import { showCommand } from './show'

export const commands: Record<string, Command> = Object.fromEntries(
  [importCommand, listCommand, showCommand, exportCommand].map((command) => [command.name, command])
)
