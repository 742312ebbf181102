import type { bundleCliAr } from './bundle-cli.ar'

// Review bundles as the command line words them: writing one, and what merging one did.
export const bundleCliEn = {
  'cli.bundle.written': 'Bundle written: {file} ({articles, plural, one {# article} other {# articles}}, {size})',
  'cli.bundle.exists': '{file} already exists, and Midad does not write over a file. Choose another name with --out. Nothing was written.',
  'cli.bundle.from': 'From {name} (device {device}, key fingerprint {fingerprint}){known, select, true {} other {; the first bundle from this device}}',
  'cli.bundle.nobody': 'a sender who gave no name',
  'cli.bundle.article': '{outcome, select, new {New} returns {Back after its deletion} merged {Merged} other {Unchanged}}: {headline} ({id}) +{added} −{removed}'
} as const satisfies Record<keyof typeof bundleCliAr, string>
