import type Database from 'better-sqlite3'
import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import { ArticleStatus } from '../../../shared/article/status'
import type { ArticleStore } from '../articles/article-store'
import type { ArticleDocuments } from '../documents/article-documents'
import type { PeopleStore } from '../people/people-store'
import type { RevisionStore } from '../revisions/revision-store'
import { checkArrival, statusChangeKey, type CheckedArticle, type LocalCopy, type Refuse } from './check-arrival'
import type { Arrival, RevisionPins } from './incoming'
import { createTravelRows } from './travel-rows'

export type { CheckedArticle, Refuse } from './check-arrival'

/** What one article's arrival did, once committed. */
export interface ReceivedArticle {
  id: string
  /** The revision that records the merge; null when the document took nothing. */
  revision: string | null
  created: boolean
}

/**
 * Articles arriving from another desk, whole: checked first on scratch
 * copies, then written all together or not at all. The bundles use it; so
 * can anything else that brings a desk's articles (the hub).
 */
export interface ArticleArrivals {
  /** Every article checked against this desk's copy, nothing written; a refusal comes from `refuse`. */
  check(arrival: Arrival, refuse: Refuse): CheckedArticle[]
  /**
   * Writes what `check` found, in one SQLite transaction: new articles with
   * their document as it came, known ones with what they lacked as one
   * update, then missing revisions, status changes, people and picture rows
   * (the picture files must be on disk before). A revision labelled `label`
   * records each article whose document changed.
   */
  receive(arrival: Arrival, checked: readonly CheckedArticle[], label: string): ReceivedArticle[]
  /** The key a device signed with when this desk last took its arrival, or null for a device never seen. */
  knownKey(deviceId: string): string | null
}

type Content = { meta: ArticleMeta; body: ArticleBody }

export function createArticleArrivals(db: Database.Database, store: ArticleStore, documents: ArticleDocuments, revisions: RevisionStore, people: PeopleStore): ArticleArrivals {
  const rows = createTravelRows(db)
  const check = (content: Content): Content => store.checkDraft(content)

  const localCopy = (id: string): LocalCopy | null => {
    if (!store.exists(id)) return null
    const state = documents.committedState(id)
    const article = state ? null : store.get(id)
    return {
      document: state ? { state } : { stored: { meta: article!.meta, body: article!.body } },
      revisionIds: rows.revisionIds(id),
      statusChanges: new Set(rows.statusChanges(id).map(statusChangeKey))
    }
  }

  const receiveTx = db.transaction((arrival: Arrival, checked: readonly CheckedArticle[], label: string): ReceivedArticle[] => {
    const { sender } = arrival
    for (const person of arrival.people) rows.addPerson(person, person.id === sender.personId ? sender.publicKey : null)
    const senderKnown = sender.personId !== null && people.person(sender.personId) !== null
    if (sender.publicKey !== null) rows.addDevice(sender.deviceId, sender.publicKey, senderKnown ? sender.personId : null)
    for (const picture of arrival.pictures) rows.addPictureRow(picture)
    const here = people.profile()?.id ?? null
    return checked.map((article): ReceivedArticle => {
      const { id } = article.incoming
      if (article.known) settleStatus(article)
      if (article.documentChanges) {
        documents.receive(id, { state: article.incoming.state, update: article.update, fromDevice: sender.deviceId, content: article.content })
      }
      if (!article.known) settleStatus(article)
      // Oldest first, so the history lists them in the order they were made.
      for (const revision of [...article.newRevisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) rows.addRevision(id, revision)
      settlePins(id, article.incoming.pins)
      const merged = article.documentChanges
        ? revisions.record({ articleId: id, state: documents.stateNow(id), kind: 'merge', label, status: store.statusOf(id), personId: here })
        : null
      return { id, revision: merged?.id ?? null, created: !article.known }
    })
  })

  /** The status history takes what it lacks; the article's status is then its latest change's, on every desk alike. */
  function settleStatus(article: CheckedArticle): void {
    const { id, statusHistory } = article.incoming
    const recorded = new Set(rows.statusChanges(id).map(statusChangeKey))
    const missing = statusHistory.filter((change) => !recorded.has(statusChangeKey(change)))
    for (const change of [...missing].sort((a, b) => (a.changedAt < b.changedAt ? -1 : a.changedAt > b.changedAt ? 1 : 0))) rows.addStatusChange(id, change)
    const latest = rows.latestStatus(id)
    if (latest !== null && ArticleStatus.safeParse(latest).success && latest !== store.statusOf(id)) rows.setStatus(id, latest)
  }

  /** Of this desk's pin and the arriving one, the later revision stands: both desks choose the same. */
  function settlePins(id: string, incoming: RevisionPins): void {
    const local = rows.pins(id)
    for (const pin of ['approved', 'published'] as const) {
      const theirs = incoming[pin]
      const ours = local[pin]
      if (theirs === null || theirs === ours) continue
      const theirTime = rows.revisionTime(id, theirs)
      if (theirTime === null) continue
      const ourTime = ours === null ? null : rows.revisionTime(id, ours)
      if (ourTime === null || theirTime > ourTime || (theirTime === ourTime && theirs > ours!)) rows.setPin(id, pin, theirs)
    }
  }

  return {
    check(arrival, refuse) {
      const known = new Set(arrival.people.map((person) => person.id))
      const isKnown = (personId: string | null) => personId === null || known.has(personId) || people.person(personId) !== null
      const seen = new Set<string>()
      return arrival.articles.map((incoming) => {
        if (seen.has(incoming.id)) throw refuse(`article ${incoming.id.slice(0, 8)} twice`)
        seen.add(incoming.id)
        const unnamed = [...incoming.revisions.map((revision) => revision.personId), ...incoming.statusHistory.map((change) => change.personId)].find((id) => !isKnown(id))
        if (unnamed !== undefined) throw refuse(`unknown person ${String(unnamed).slice(0, 8)}`)
        return checkArrival(incoming, localCopy(incoming.id), check, refuse)
      })
    },

    receive(arrival, checked, label) {
      try {
        return receiveTx.immediate(arrival, checked, label)
      } catch (error) {
        // The documents held in memory may have taken what the database rolled back.
        for (const article of checked) documents.removed(article.incoming.id)
        throw error
      }
    },

    knownKey: (deviceId) => rows.deviceKey(deviceId)
  }
}
