import { z } from 'zod'

/** Who a person is to the newsroom: the one who drafts, the one who reviews, the one who publishes. */
export const PersonRole = z.enum(['journalist', 'editor', 'web_desk'])
export type PersonRole = z.infer<typeof PersonRole>

export const PERSON_NAME_MAX = 80

/** A display name as typed: trimmed, and never empty. */
export const PersonName = z.string().trim().min(1).max(PERSON_NAME_MAX)

/** Someone whose changes the desk has seen: from this installation, or from a draft that travelled. */
export const Person = z.object({
  id: z.string().uuid(),
  name: z.string(),
  role: PersonRole,
  /** The same on every desk: it comes from the id (person-colour.ts), never from a choice made on one machine. */
  colour: z.string()
})
export type Person = z.infer<typeof Person>

/** What a person states about themselves when the app first starts, and in Settings. */
export const ProfileInput = z.object({ name: PersonName, role: PersonRole }).strict()
export type ProfileInput = z.infer<typeof ProfileInput>
