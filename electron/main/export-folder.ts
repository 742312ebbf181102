import { join } from 'node:path'
import type { BrowserWindow, Dialog } from 'electron'
import type { Article } from '../../shared/article/article'
import { MidadError } from '../../shared/contract/errors'
import { translate, type Locale } from '../../shared/i18n/translate'

/**
 * Asks the journalist where to export, in the system's own folder picker.
 * Each article gets its own new folder inside the chosen one, named from its
 * id, so exporting never mixes files with what is already there.
 */
export function exportFolderPicker(options: {
  dialog: Dialog
  parentWindow: () => BrowserWindow | null
  locale: () => Locale
}): (article: Article) => Promise<string> {
  return async (article) => {
    const locale = options.locale()
    const dialogOptions = {
      title: translate(locale, 'shell.export_folder_title'),
      buttonLabel: translate(locale, 'shell.export_folder_button'),
      properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>
    }
    const parent = options.parentWindow()
    const picked = parent && !parent.isDestroyed()
      ? await options.dialog.showOpenDialog(parent, dialogOptions)
      : await options.dialog.showOpenDialog(dialogOptions)
    const folder = picked.filePaths[0]
    if (picked.canceled || !folder) throw new MidadError('cancelled')
    return join(folder, exportFolderName(article))
  }
}

export function exportFolderName(article: Pick<Article, 'id'>): string {
  return `midad-${article.id}`
}
