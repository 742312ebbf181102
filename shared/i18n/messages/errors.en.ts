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
  'error.cancelled': 'The operation was cancelled.',
  'error.db_too_new': 'The database was created by a newer Midad (schema {found}; this program knows up to {supported}). It was left untouched; update Midad to open it.',
  'error.unauthorized': 'Unauthorized request.',
  'error.internal': 'Something unexpected went wrong. Nothing you wrote was lost; please try again.'
}
