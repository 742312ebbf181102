import type { BrowserWindow, Dialog } from 'electron'
import type { Article } from '../../shared/article/article'
import { MidadError } from '../../shared/contract/errors'
import { translate, type Locale } from '../../shared/i18n/translate'
import { type BatchFolders, articleExportFolder } from '../core'

interface PickerOptions {
  dialog: Dialog
  parentWindow: () => BrowserWindow | null
  locale: () => Locale
}

/** The system's own folder picker, in the app's language; a cancel is a `cancelled` failure. */
async function askForFolder(options: PickerOptions, titleKey: string): Promise<string> {
  const locale = options.locale()
  const dialogOptions = {
    title: translate(locale, titleKey),
    buttonLabel: translate(locale, 'shell.export_folder_button'),
    properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>
  }
  const parent = options.parentWindow()
  const picked = parent && !parent.isDestroyed()
    ? await options.dialog.showOpenDialog(parent, dialogOptions)
    : await options.dialog.showOpenDialog(dialogOptions)
  const folder = picked.filePaths[0]
  if (picked.canceled || !folder) throw new MidadError('cancelled')
  return folder
}

/**
 * Asks the journalist where to export one article. Each article gets its own
 * new folder inside the chosen one (articleExportFolder), so exporting never
 * mixes files with what is already there.
 */
export function exportFolderPicker(options: PickerOptions): (article: Article) => Promise<string> {
  return async (article) => articleExportFolder(await askForFolder(options, 'shell.export_folder_title'), article)
}

/** Asks once for a whole batch; each article of it gets the same sub-folder a single export would. */
export function exportBatchFolderPicker(options: PickerOptions): () => Promise<BatchFolders> {
  return async () => {
    const folder = await askForFolder(options, 'shell.export_batch_folder_title')
    return { folder, folderFor: (article) => articleExportFolder(folder, article) }
  }
}
