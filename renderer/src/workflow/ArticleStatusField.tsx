import { useId } from 'react'
import { articleStatuses, type ArticleStatus } from '../../../shared/article/status'
import { mayMoveTo } from '../../../shared/people/status-rights'
import { useT } from '../i18n/locale-context'
import { useProfile } from '../people/profile-context'
import { useNewsroomSettings } from '../settings/settings-context'
import { statusLabelKey } from './status-labels'
import type { ArticleStatusControl } from './use-article-status'

/** Where the article is in the desk's workflow, changed here and stored at once. */
export function ArticleStatusField({ control }: { control: ArticleStatusControl }) {
  const t = useT()
  const { profile } = useProfile()
  const { settings } = useNewsroomSettings()
  const id = useId()
  const hintId = useId()
  return (
    <div className="meta-field workflow-status">
      <label className="meta-label" htmlFor={id}>
        {t('workflow.label')}
      </label>
      <div className="workflow-status-row">
        <select
          id={id}
          data-testid="article-status"
          data-check-target="status"
          data-status={control.status}
          value={control.status}
          aria-describedby={hintId}
          onChange={(event) => control.change(event.target.value as ArticleStatus)}
        >
          {articleStatuses.map((status) => (
            // A status this person may not set is shown, not offered: the hint says who may.
            <option key={status} value={status} disabled={status !== control.status && !mayMoveTo(status, profile?.role ?? null, settings.editorsApprove)}>
              {t(statusLabelKey[status])}
            </option>
          ))}
        </select>
        <span className="workflow-saving" role="status" data-testid="article-status-saving">
          {control.saving ? t('workflow.saving') : ''}
        </span>
      </div>
      <p id={hintId} className="workflow-hint">
        {t('workflow.hint')}
        {settings.editorsApprove && <> {t('settings.editorsApprove')}.</>}
      </p>
    </div>
  )
}
