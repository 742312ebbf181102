import type { hubCliAr } from './hub-cli.ar'

// The newsroom hub as the command line words it: running it, its members, and a desk's join, share and sync.
export const hubCliEn = {
  'cli.hub.running': 'The hub is running, its data in {dataDir}. Ctrl+C stops it.',
  'cli.hub.member': '{name}\t{role}\t{state, select, revoked {revoked} expired {expired} other {member}}\t{expires}',
  'cli.hub.no_members': 'The hub has no members yet. Add one with midad hub member add.',
  'cli.hub.member_exists': 'The hub already has a member named “{name}”. Choose another name, or revoke that membership first. Nothing changed.',
  'cli.hub.no_such_member': 'The hub has no member named “{name}”. Nothing changed.',
  'cli.hub.revoked': '{name}’s membership is revoked: the hub no longer takes their token.',
  'cli.hub.joined': 'This desk joined the hub {url} as {name} ({role}).',
  'cli.hub.shared': 'Shared {count, plural, one {# article} other {# articles}} with the hub; {total} shared in all.',
  'cli.hub.synced': 'Synced with the hub: {sent} sent, {received} received, {created} of them new; pictures: {picturesSent} sent, {picturesReceived} received.'
} as const satisfies Record<keyof typeof hubCliAr, string>
