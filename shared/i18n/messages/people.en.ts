import type { peopleAr } from './people.ar'

// People: who uses this desk, and who wrote what; shared by the app's screens and the command line.
export const peopleEn = {
  'role.journalist': 'Journalist',
  'role.editor': 'Editor',
  'role.web_desk': 'Web desk',

  'profile.welcome.title': 'Welcome to Midad',
  'profile.welcome.lead': 'Before you start: what name should your colleagues see on your edits and comments? You can change it later in Settings.',
  'profile.name': 'Your name as colleagues see it',
  'profile.name.placeholder': 'e.g. Sara Al-Qasim',
  'profile.role': 'Your work in the newsroom',
  'profile.start': 'Start',
  'profile.name_needed': 'Type your name so colleagues know who wrote what.',
  'profile.settings.title': 'Your profile',
  'profile.settings.lead': 'Your name and colour appear on every edit, revision and status change you make.',
  'profile.save': 'Save profile',
  'profile.saved': 'Your profile was saved.',
  'profile.colour': 'Your colour in articles',

  'cli.profile.none': 'No one has been named for this device yet. Name them with: midad profile --name "Name" --role journalist|editor|web_desk',
  'cli.profile.shown': '{name} — {role}',
  'cli.profile.name_needed': 'This device has no profile yet: give it a name with --name first.'
} as const satisfies Record<keyof typeof peopleAr, string>
