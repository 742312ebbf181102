import type { BrowserWindow, Dialog } from 'electron'
import { MidadError } from '../../shared/contract/errors'
import { translate, type Locale } from '../../shared/i18n/translate'

interface PickerOptions {
  dialog: Dialog
  parentWindow: () => BrowserWindow | null
  locale: () => Locale
}

/** The system's own folder picker, in the app's language; a cancel is a `cancelled` failure. */
async function askForFolder(options: PickerOptions, titleKey: string, buttonKey = 'shell.export_folder_button'): Promise<string> {
  const locale = options.locale()
  const dialogOptions = {
    title: translate(locale, titleKey),
    buttonLabel: translate(locale, buttonKey),
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
 * Asks the journalist where to export one article. Core gives the article its
 * own new folder inside the chosen one, so exporting never mixes files with
 * what is already there.
 */
export function exportFolderPicker(options: PickerOptions): () => Promise<string> {
  return () => askForFolder(options, 'shell.export_folder_title')
}

/** Asks once for a whole batch; core gives each article of it the same sub-folder a single export would. */
export function exportBatchFolderPicker(options: PickerOptions): () => Promise<string> {
  return () => askForFolder(options, 'shell.export_batch_folder_title')
}

/** Asks where to save a review bundle; core names the file inside the chosen folder and never writes over another. */
export function bundleFolderPicker(options: PickerOptions): () => Promise<string> {
  return () => askForFolder(options, 'shell.bundle_folder_title', 'shell.bundle_folder_button')
}
