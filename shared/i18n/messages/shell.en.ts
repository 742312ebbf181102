import type { shellAr } from './shell.ar'

export const shellEn: Record<keyof typeof shellAr, string> = {
  // The midad command line: its usage errors and the few lines it prints.
  'cli.usage.no_command': 'No command given. Commands: init, import, list, show, status, export, lint, picture, settings, profile, history, diff, restore, revision, comments, comment, suggestions, accept, reject; for help: midad --help',
  'cli.usage.unknown_command': 'Unknown command “{command}”. Commands: init, import, list, show, status, export, lint, picture, settings, profile, history, diff, restore, revision, comments, comment, suggestions, accept, reject; for help: midad --help',
  'cli.usage.unknown_option': 'The option “{option}” is not known to {command}. For help: midad --help',
  'cli.usage.bad_option': 'The option “{option}” is written wrongly: {usage}. For help: midad --help',
  'cli.usage.missing_argument': '{command} needs {argument}: {usage}',
  'cli.usage.extra_argument': 'Unexpected argument “{argument}” for {command}: {usage}',
  'cli.usage.bad_value': '“{value}” is not a value {option} takes; it takes one of: {allowed}',
  'cli.usage.option_needs': '{option} only works with {needs}: {usage}',
  'cli.help': `Midad — the command line for the Midad article database.

Usage:
  midad init [--json]          Create an empty database at --db (or MIDAD_DB, or the app’s); an existing one is left as it is.
  midad import FILE|FOLDER… [--json]
                               Import articles from Word (.docx), HTML (.html), Markdown (.md) or text (.txt) files; a FOLDER imports each such file in it. Several files show a progress bar on a terminal and end with a summary naming each refused file and why; the exit code is then 1. Creates the database if there is none.
  midad import FILE --into ID [--json]
                               A newer version of an existing article (the journalist’s .docx, .txt…) applied to it as an edit and recorded as a revision, so the desk sees exactly what changed; what stood before is kept as a revision too.
  midad list [--status S] [--limit N] [--offset N] [--json]
                                     The articles, most recently changed first, with their status; --status keeps those at one status, --limit and --offset show a page of them.
  midad search QUERY [--section S] [--status S] [--author A] [--tag T] [--from DATE] [--to DATE] [--limit N] [--json]
                               Search the archive: every word must be there, however it is spelled or vowelled and with or without its prefixes; "exact phrase", prefix* and -excluded words; --from/--to bound the last edit (YYYY-MM-DD). Each result: headline, id, status, then a snippet, the matched words between « ». A query that begins with - goes after --.
  midad reindex [--json]       Build the search index again from every article.
  midad show ID [--json]       The whole article: status, section, kicker, headline, dek, bylines, dateline, tags, then the body (headings, paragraphs, quotes with their attribution, lists, figures with caption and credit).
  midad status ID STATUS       Move the article along the workflow: draft, in_review, approved or published.
  midad export ID --out DIR [--format F] [--draft] [--json]
                               Export the article for publishing into DIR/ID/ (the article id): index.html (the page), fragment.html (the body for a CMS), ninjs.json and its pictures in images/. --format page, fragment or ninjs writes only that one (with its pictures); all is the default. Refused while the pre-publish check finds errors, except with --draft: a marked draft (noindex, no publish date) is written even then.
  midad export --all [--status S] --out DIR [--format F] [--json]
                               Export every article (or those at status S) into DIR/ID/, with a progress bar on a terminal. Articles the check refuses are listed and skipped; the exit code is then 1.
  midad lint ID [--json]       The pre-publish check: one line per finding. Exits 0 when there are no errors (warnings allowed), 1 when there are errors.
  midad picture ID --figure N FILE [--json]
                               Give the article’s figure N (counted from 1 in body order) its picture from an image file (JPEG, PNG, WebP, GIF or AVIF); its caption, credit and alt text stay.
  midad settings [--json]      The newsroom’s and the site’s settings, one “name value” line each.
  midad settings NAME VALUE    Change one setting (for example siteBaseUrl https://example.com), checked as the app checks it.
  midad profile [--name N] [--role R] [--json]
                               Who uses this desk: shown, or stated with a display name and a role (journalist, editor or web_desk). Their edits and status changes carry it.
  midad history ID [--json]    The article’s revisions, oldest first: id, time, who, why (saved by hand, status change, import, restore, closing, every 10 minutes), label, words added and removed.
  midad diff ID [--from REV] [--to REV] [--json]
                               Two revisions compared word by word (by default the last revision against now): changed metadata, then each changed block with [-removed-] and '{'+added+'}' words.
  midad restore ID REV [--json]
                               Bring back the words of revision REV (its id or its first 8 characters) as a new edit; what stood before is kept as a revision.
  midad revision ID [--label TEXT] [--json]
                               Keep the article as it is now as a revision, with an optional label.
  midad comments ID [--json]   The article’s comments, oldest first: the words each is about, whether it is open or resolved and whether its words are still in the text, then its replies with who wrote them.
  midad comment ID --on WORDS --text TEXT [--json]
                               Comment, as the person at this desk, on the first place WORDS occur in the text (within one paragraph); @Name in the text mentions a colleague the desk knows. Words that are not in the text are an error: exit code 1.
  midad suggestions ID [--json]
                               The suggestions waiting for a decision, in reading order: id, who suggested it, what it takes out [-…-] and adds '{'+…+'}'.
  midad accept ID (--all | --by PERSON | SUGGESTION) [--json]
  midad reject ID (--all | --by PERSON | SUGGESTION) [--json]
                               Accept or reject suggestions: all of them, one person’s (a name or an id), or one (its id or its first 8 characters); the decision and who made it are recorded.
  midad bundle ID… --out FILE.midad [--purpose review|back] [--json]
                               Write the articles, whole, into one review bundle signed by this desk: their text with comments and suggestions, revisions, status history, pictures and the people in them. Carry it to another desk; FILE is never written over.
  midad import FILE.midad [--json]
                               Merge a review bundle: a new article is added, a known one takes what it lacked (nothing is overwritten). Prints who sent it and, per article, new, merged or unchanged with words added and removed. A bundle that is damaged, changed since it was signed or not valid changes nothing: exit code 1.
  midad hub --data DIR [--port PORT] [--host ADDRESS]
                               Run the newsroom hub: prints its address (ws://127.0.0.1:PORT) alone on the first line and runs until Ctrl+C. Its data live in DIR. It listens on 127.0.0.1 only, unless --host is given.
  midad hub member add NAME --role R --data DIR [--expires DATE]
                               Add a member to the hub (journalist, editor or web_desk; the web desk reads and never writes); prints their token alone on one line, shown this once.
  midad hub member list --data DIR [--json]   |   midad hub member revoke NAME --data DIR
                               The hub's members and where they stand; or revoke a membership so its token is refused from then on.
  midad join URL --token TOKEN [--json]
                               This desk joins a hub (ws:// or wss://); the token is checked with the hub before it is kept.
  midad share ID… [--json]     Share the articles with the hub: they sync with it from now on.
  midad sync [--json]          Sync once and exit: every shared article goes, every article on the hub comes; prints what was sent and received.

Options for every command:
  --db PATH   The database file; else the MIDAD_DB variable, else the app database. Only init and import create it; the other commands refuse a path where there is none.
  --json      JSON output, for programs.
  --debug     Show the log's lines on stderr, and on an error its full details.
  --help      This help.

An ID that names no article is the same error in every command: exit code 2.
Language: the MIDAD_LOCALE variable (ar or en), else LC_ALL, LC_MESSAGES or LANG (en… for English); Arabic otherwise.
Exit codes: 0 success, 2 usage error (also an unknown article, setting or database path), 1 any other error.`,
  'cli.imported': 'Imported the article “{headline}”: {id}',
  'cli.imported_into': 'The article “{headline}” now holds the file’s version (+{added} −{removed}); the update was recorded as revision {revision}',
  'cli.exported': 'Exported the article to {folder} ({count, plural, one {# file} other {# files}}).',
  'cli.no_articles': 'No articles in the database.',
  'cli.list.page': 'Articles {from}–{to} of {total}.',
  'cli.list.past_end': 'No articles after the first {offset}: {total, plural, one {there is one} other {there are #}}.',
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
  'shell.bundle_folder_title': 'Choose the folder to save the review bundle in',
  'shell.bundle_folder_button': 'Save here',
  'shell.export_batch_folder_title': 'Choose the folder to export the articles into (one folder each)',
  'cli.error.export_blocked_by_check':
    'The article was not exported for publishing: it has {errors, plural, one {# error} other {# errors}} to fix first; midad lint ID lists them. Warnings do not block export. Nothing was written.',
  'cli.db_missing': 'There is no database at “{path}”; nothing was created. Check --db or MIDAD_DB. `midad init` creates a new database, and `midad import` creates one with its first article.',
  'cli.init.created': 'Created a new database: {path}',
  'cli.init.exists': 'The database {path} already exists; it was left as it is.',
  'cli.import_batch.imported': '{file}: imported “{headline}” ({id})',
  'cli.import_batch.refused': '{file}: refused — {reason}',
  'cli.import_batch.summary': '{imported, plural, one {# file imported} other {# files imported}}, {refused, plural, =0 {none refused} other {# refused}}.',
  'cli.show.status': 'Status',
  'cli.show.section': 'Section',
  'cli.show.kicker': 'Kicker',
  'cli.show.headline': 'Headline',
  'cli.show.dek': 'Dek',
  'cli.show.bylines': 'By',
  'cli.show.dateline': 'Dateline',
  'cli.show.tags': 'Tags',
  'cli.show.slug': 'Slug',
  'cli.show.figure': 'Figure {n}',
  'cli.show.figure_waiting': 'Figure {n}: waiting for its picture',
  'cli.show.caption': 'Caption',
  'cli.show.credit': 'Credit',
  'cli.show.alt': 'Alt text',
  'cli.settings.unknown': '“{name}” is not a setting. The settings are: {allowed}',
  'cli.picture.no_figure': 'The article {id} has no figure {n}: it has {count, plural, =0 {no figures} one {# figure} other {# figures}}. Nothing was changed.',
  'cli.picture.set': 'Figure {n} of the article {id} now shows {fileName}.',
  'cli.exported_draft': 'Exported the article as a draft (noindex, no publish date) to {folder} ({count, plural, one {# file} other {# files}}).'
}
