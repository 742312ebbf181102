import type { shellAr } from './shell.ar'

export const shellEn: Record<keyof typeof shellAr, string> = {
  // The midad command line: its usage errors and the few lines it prints.
  'cli.usage.no_command': 'No command given. Commands: import, list, show, status, export, lint; for help: midad --help',
  'cli.usage.unknown_command': 'Unknown command “{command}”. Commands: import, list, show, status, export, lint; for help: midad --help',
  'cli.usage.unknown_option': 'The option “{option}” is not known to {command}. For help: midad --help',
  'cli.usage.bad_option': 'The option “{option}” is written wrongly: {usage}. For help: midad --help',
  'cli.usage.missing_argument': '{command} needs {argument}: {usage}',
  'cli.usage.extra_argument': 'Unexpected argument “{argument}” for {command}: {usage}',
  'cli.usage.bad_value': '“{value}” is not a value {option} takes; it takes one of: {allowed}',
  'cli.usage.option_needs': '{option} only works with {needs}: {usage}',
  'cli.help': `Midad — the command line for the Midad article database.

Usage:
  midad import FILE [--json]   Import an article from a UTF-8 text file: its first non-empty line is the headline, and each block after it, separated by blank lines, is a paragraph.
  midad list [--status S] [--json]   The articles, most recently changed first, with their status; --status keeps those at one status.
  midad show ID [--json]       A stored article: its metadata and text.
  midad status ID STATUS       Move the article along the workflow: draft, in_review, approved or published.
  midad export ID --out DIR [--format F]
                               Export the article for publishing into the folder DIR: index.html (the page), fragment.html (the body for a CMS), ninjs.json and its pictures in images/. --format page, fragment or ninjs writes only that one (with its pictures); all is the default. Refused while the pre-publish check finds errors.
  midad export --all [--status S] --out DIR [--format F]
                               Export every article (or those at status S) into DIR/ID/ (the article id), with a progress bar on a terminal. Articles the check refuses are listed and skipped; the exit code is then 1.
  midad lint ID [--json]       The pre-publish check: one line per finding. Exits 0 when there are no errors (warnings allowed), 1 when there are errors, 2 for an unknown article.

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
  'cli.untitled': '(untitled)',
  'cli.lint.unknown_article': 'There is no article with the id “{id}” in the database.',
  'cli.lint.clean': 'Nothing to note: the article is ready to publish.',
  'cli.lint.summary': '{errors}, {warnings}.',
  'cli.status_set': 'The article {id} is now: {status}.',
  'cli.batch.none_at_status': 'No articles with the status “{status}”.',
  'cli.batch.exported': 'Exported “{headline}” to {folder}',
  'cli.batch.refused': '“{headline}” ({id}): {reason}',
  'cli.batch.summary': '{exported, plural, one {# article exported} other {# articles exported}}, {refused, plural, =0 {none refused} other {# refused}}.',

  // The browser host (`npm run web`).
  'host.running': 'Midad is running at {url}  (database: {dbPath}; Ctrl+C stops it)',
  'host.not_built': 'The interface is not built yet: run `npm run build` first (`npm run web` does it for you).',
  'host.port_in_use': 'Port {port} on 127.0.0.1 is already in use; pass --port 0 for any free port.',
  'host.could_not_start': 'Midad could not start: {detail}',

  // The desktop shell's native dialogs.
  'shell.startup_failed_title': 'Midad could not start',
  'shell.export_folder_title': 'Choose the folder to export the article into',
  'shell.export_folder_button': 'Export here',
  'shell.export_batch_folder_title': 'Choose the folder to export the articles into (one folder each)',
  'cli.exported_draft': 'Exported the article as a draft (noindex, no publish date) to {folder} ({count, plural, one {# file} other {# files}}).'
}
