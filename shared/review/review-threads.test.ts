import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addReply, deleteThread, readThreads, startThread } from './review-threads'

const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00+03:00`
const comment = (id: string, by: string, minute: number, text: string) => ({ id, by, at: at(minute), text, mentions: [] })

describe('comment threads in the article’s document', () => {
  it('deleting one thread leaves another thread’s replies, even one this version cannot read', () => {
    const doc = new Y.Doc()
    startThread(doc, { id: 't1', quote: 'الوزير' }, comment('r1', 'sara', 1, 'من المصدر؟'))
    startThread(doc, { id: 't2', quote: 'الحكومة' }, comment('r2', 'omar', 2, 'تحقق من الاسم'))
    // A reply from a newer desk, longer than this version allows: not shown here, but it is t2's.
    doc.getMap('replies').set('r3', { id: 'r3', thread: 't2', by: 'lina', at: at(3), text: 'ن'.repeat(6_000), mentions: [] })

    expect(deleteThread(doc, 't1', 'sara')).toBeNull()

    expect(readThreads(doc).map((thread) => thread.id)).toEqual(['t2'])
    expect(doc.getMap('replies').has('r3')).toBe(true)
    expect(doc.getMap('replies').has('r1')).toBe(false)
  })

  it('only the desk that opened a thread deletes it', () => {
    const doc = new Y.Doc()
    startThread(doc, { id: 't1', quote: 'الوزير' }, comment('r1', 'sara', 1, 'من المصدر؟'))
    addReply(doc, 't1', comment('r2', 'omar', 2, 'وكالة الأنباء'))
    expect(deleteThread(doc, 't1', 'omar')).toBe('not_author')
    expect(readThreads(doc)[0]?.replies.map((reply) => reply.id)).toEqual(['r1', 'r2'])
  })
})
