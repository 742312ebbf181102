import { useCallback, useState } from 'react'
import type { Article } from '../../../shared/article/article'
import { importLimitBytes, limitMb } from '../../../shared/contract/import-limits'
import { useBackend } from '../backend/backend-context'
import { readFileAsBase64 } from '../editor/image-file'
import { useT } from '../i18n/locale-context'

/**
 * Imports one article file through core's importer (the same one `midad
 * import` uses). A file over the limit is refused here, before it is read
 * into memory and encoded, with the limit core holds its kind to; any other refusal is core's translated message.
 */
export function useArticleImport(onImported: (article: Article) => void, onError: (message: string | null) => void) {
  const t = useT()
  const { api } = useBackend()
  const [importing, setImporting] = useState(false)

  const importFile = useCallback(
    async (file: File) => {
      onError(null)
      const fileName = file.name
      const limit = importLimitBytes(fileName)
      if (file.size > limit) {
        onError(t('error.import_too_large', { fileName, limitMb: limitMb(limit) }))
        return
      }
      setImporting(true)
      try {
        let dataBase64: string
        try {
          dataBase64 = await readFileAsBase64(file)
        } catch {
          onError(t('error.file_unreadable', { fileName }))
          return
        }
        const imported = await api.importArticle({ fileName, dataBase64 })
        if (imported.ok) onImported(imported.value)
        else onError(imported.error.message)
      } finally {
        setImporting(false)
      }
    },
    [api, onError, onImported, t]
  )

  return { importing, importFile }
}
