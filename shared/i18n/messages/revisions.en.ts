import type { revisionsAr } from './revisions.ar'

// An article's history: revisions, comparing and restoring; shared by the app's screens and the command line.
export const revisionsEn = {
  'revision.kind.named': 'Saved by hand',
  'revision.kind.status': 'Status change',
  'revision.kind.import': 'Import',
  'revision.kind.restore': 'Restore',
  'revision.kind.before_restore': 'Before a restore',
  'revision.kind.closed': 'On closing',
  'revision.kind.timed': 'Every 10 minutes',
  'revision.nobody': 'Unknown',
  'revision.words': '+{added} −{removed}',

  'diff.field.section': 'Section',
  'diff.field.kicker': 'Kicker',
  'diff.field.headline': 'Headline',
  'diff.field.dek': 'Dek',
  'diff.field.bylines': 'Bylines',
  'diff.field.dateline': 'Dateline',
  'diff.field.tags': 'Tags',
  'diff.field.slug': 'Slug',
  'diff.field.seoTitle': 'Search title',
  'diff.field.seoDescription': 'Search description',
  'diff.field.leadImage': 'Lead image',
  'diff.field.status': 'Status',
  'diff.now': 'now',

  'cli.history.none': 'This article has no saved revisions yet.',
  'cli.diff.header': 'From {from} to {to}: {added, plural, one {# word added} other {# words added}}, {removed, plural, one {# word removed} other {# words removed}}.',
  'cli.diff.same': 'The two versions do not differ.',
  'cli.restored': 'The words of revision {revision} are back; the restore was recorded as a new revision: {id}',
  'cli.revision_saved': 'Revision saved: {id}'
} as const satisfies Record<keyof typeof revisionsAr, string>
