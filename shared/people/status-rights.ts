import type { ArticleStatus } from '../article/status'
import type { PersonRole } from './person'

/**
 * Who may move an article to a status, in a newsroom that restricts it
 * (NewsroomSettings.editorsApprove): an editor approves; an editor or the web
 * desk, whose work is publishing, marks it published. Anyone may send an
 * article to draft or review. Without the restriction everyone may do all.
 */
export function mayMoveTo(status: ArticleStatus, role: PersonRole | null, editorsApprove: boolean): boolean {
  if (!editorsApprove) return true
  if (status === 'approved') return role === 'editor'
  if (status === 'published') return role === 'editor' || role === 'web_desk'
  return true
}

/** The refusal a status someone may not set gets. */
export const refusalFor = (status: ArticleStatus): 'status_needs_publisher' | 'status_needs_editor' =>
  status === 'published' ? 'status_needs_publisher' : 'status_needs_editor'
