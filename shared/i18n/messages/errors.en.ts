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
  'error.file_unreadable': 'The file “{fileName}” could not be read; check that it exists and is a file, not a folder.',
  'error.import_binary': '“{fileName}” is not a text file (it contains binary data). Nothing was imported.',
  'error.import_not_utf8': '“{fileName}” is not UTF-8 text; save it as UTF-8 and try again. Nothing was imported.',
  'error.import_empty': '“{fileName}” is empty: it has no text. Nothing was imported.',
  'error.import_too_large': '“{fileName}” is too large to be an article (limit {limitMb} MB). Nothing was imported.',
  'error.import_headline_too_long': 'The first line of “{fileName}” is too long to be a headline ({length} characters; the limit is {max}). Put the headline alone on the first line. Nothing was imported.',
  'error.cancelled': 'The operation was cancelled.',
  'error.db_too_new': 'The database was created by a newer Midad (schema {found}; this program knows up to {supported}). It was left untouched; update Midad to open it.',
  'error.unauthorized': 'Unauthorized request.',
  'error.internal': 'Something unexpected went wrong. Nothing you wrote was lost; please try again.',

  'cli.usage.no_command': 'No command given. Commands: import, list, show, export; for help: midad --help',
  'cli.usage.unknown_command': 'Unknown command “{command}”. Commands: import, list, show, export; for help: midad --help',
  'cli.usage.unknown_option': 'The option “{option}” is not known to {command}. For help: midad --help',
  'cli.usage.bad_option': 'The option “{option}” is written wrongly: {usage}. For help: midad --help',
  'cli.usage.missing_argument': '{command} needs {argument}: {usage}',
  'cli.usage.extra_argument': 'Unexpected argument “{argument}” for {command}: {usage}',
  'cli.help': `Midad — the command line for the Midad article database.

Usage:
  midad import FILE [--json]   Import an article from a UTF-8 text file: its first non-empty line is the headline, and each block after it, separated by blank lines, is a paragraph.
  midad list [--json]          The articles, most recently changed first.
  midad show ID [--json]       A stored article: its metadata and text.
  midad export ID --out DIR    Export the article as a publishable page in the folder DIR: index.html and its pictures in images.

Options for every command:
  --db PATH   The database file; else the MIDAD_DB variable, else the app database.
  --json      JSON output, for programs.
  --debug     On an error, show its full details.
  --help      This help.

Language from the MIDAD_LOCALE variable: ar or en.
Exit codes: 0 success, 2 usage error, 1 any other error.`,
  'cli.imported': 'Imported the article “{headline}”: {id}',
  'cli.exported': 'Exported the article to {folder} ({count, plural, one {# file} other {# files}}).',
  'cli.no_articles': 'No articles in the database.',
  'cli.untitled': '(untitled)'
}
