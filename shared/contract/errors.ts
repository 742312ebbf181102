import { z } from 'zod'

/**
 * Every failure a journalist can meet has a code; the message is translated
 * from it (shared/i18n), so no stack trace ever reaches the screen.
 */
export const ErrorCode = z.enum([
  'invalid_input',
  'unknown_operation',
  'not_found',
  'stale_version',
  'invalid_body',
  'image_not_image',
  'image_too_large',
  'image_empty',
  'export_failed',
  'export_folder_not_empty',
  'export_image_missing',
  'export_image_damaged',
  'export_blocked_by_check',
  'export_batch_expired',
  'file_unreadable',
  'import_binary',
  'import_not_utf8',
  'import_empty',
  'import_too_large',
  'import_unsupported_format',
  'import_docx_damaged',
  'section_duplicate',
  'site_base_url_invalid',
  'publisher_logo_url_invalid',
  'url_pattern_unknown_placeholder',
  'url_pattern_invalid',
  'article_url_pattern_needs_article',
  'author_url_pattern_needs_author',
  'cancelled',
  'db_too_new',
  'unauthorized',
  'internal',
  'import_docx_unpacks_too_large',
  'import_too_slow',
  'import_too_much_memory',
  'db_not_midad',
  'db_corrupt',
  'db_read_only',
  'db_read_only_outdated',
  'export_folder_unknown',
  'update_undecodable',
  'update_incomplete',
  'already_converted',
  'document_too_new',
  'revision_not_found',
  'status_needs_editor',
  'status_needs_publisher',
  'comment_quote_empty',
  'comment_quote_not_found',
  'suggestion_not_found',
  'review_needs_profile',
  'bundle_not_midad',
  'bundle_truncated',
  'bundle_too_large',
  'bundle_too_new',
  'bundle_tampered',
  'bundle_invalid_content',
  'bundle_device_key_changed',
  'hub_address_invalid',
  'hub_unreachable',
  'hub_token_refused',
  'hub_member_expired',
  'hub_read_only',
  'hub_content_refused',
  'hub_not_joined',
  'search_query_unusable',
  'search_query_too_long',
  'search_date_range_reversed'
])
export type ErrorCode = z.infer<typeof ErrorCode>

/** The catalogue key of a code's message: every code has one in each language, or the catalogue does not compile. */
export type ErrorMessageKey = `error.${ErrorCode}`

export const MidadFailure = z.object({
  code: ErrorCode,
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional()
})
export type MidadFailure = z.infer<typeof MidadFailure>

export type ErrorParams = Record<string, string | number>

/** Thrown by core and the shells; turned into a typed failure at the boundary. */
export class MidadError extends Error {
  readonly code: ErrorCode
  readonly params: ErrorParams | undefined
  constructor(code: ErrorCode, params?: ErrorParams, detail?: string) {
    super(detail ?? code)
    this.name = 'MidadError'
    this.code = code
    this.params = params
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: MidadFailure }
