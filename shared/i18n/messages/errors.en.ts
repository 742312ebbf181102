import type { errorsAr } from './errors.ar'

export const errorsEn: Record<keyof typeof errorsAr, string> = {
  'error.invalid_input': 'The request is not valid (field: {field}). Nothing was changed.',
  'error.unknown_operation': 'Unknown operation. Nothing was changed.',
  'error.not_found': 'The article does not exist; it may have been deleted.',
  'error.stale_version': 'A newer version of this article was saved elsewhere. Reload the article before going on; the newer version was not overwritten.',
  'error.invalid_body': 'The article body does not fit the article structure ({detail}). Nothing was saved.',
  'error.image_not_image': '“{fileName}” is not an image in an accepted format (JPEG, PNG, WebP, GIF or AVIF).',
  'error.image_too_large': 'The image “{fileName}” is larger than the limit ({limitMb} MB).',
  'error.image_empty': 'The file “{fileName}” is empty.',
  'error.export_failed': 'The article could not be exported: {detail}',
  'error.export_folder_not_empty': 'The folder “{folder}” holds files other than an earlier article export; choose an empty or new folder. Nothing was written.',
  'error.export_image_missing': 'A picture in the article is not in the image library ({mediaId}); remove it from the article or add it again, then export again. Nothing was written.',
  'error.export_blocked_by_check':
    'The article was not exported for publishing: it has {errors, plural, one {# error} other {# errors}} to fix first; see the “Pre-publish check” panel (or midad lint). Warnings do not block export. Nothing was written.',
  'error.file_unreadable': 'The file “{fileName}” could not be read; check that it exists and is a file, not a folder.',
  'error.import_binary': '“{fileName}” is not a text file (it contains binary data). Nothing was imported.',
  'error.import_not_utf8': '“{fileName}” is not UTF-8 text; save it as UTF-8 and try again. Nothing was imported.',
  'error.import_empty': '“{fileName}” is empty: it has no text. Nothing was imported.',
  'error.import_too_large': '“{fileName}” is too large to be an article (limit {limitMb} MB). Nothing was imported.',
  'error.import_headline_too_long': 'The first line of “{fileName}” is too long to be a headline ({length} characters; the limit is {max}). Put the headline alone on the first line. Nothing was imported.',
  'error.import_unsupported_format': '“{fileName}” cannot be imported: the accepted formats are Word (.docx), HTML, Markdown (.md) and text (.txt). Nothing was imported.',
  'error.import_docx_damaged': '“{fileName}” is not a sound Word document (.docx); it may be damaged or in another format. Nothing was imported.',
  'error.section_duplicate': 'Each section can appear only once in the list. The list was not changed.',
  'error.cancelled': 'The operation was cancelled.',
  'error.db_too_new': 'The database was created by a newer Midad (schema {found}; this program knows up to {supported}). It was left untouched; update Midad to open it.',
  'error.unauthorized': 'Unauthorized request.',
  'error.internal': 'Something unexpected went wrong. Nothing you wrote was lost; please try again.'
}
