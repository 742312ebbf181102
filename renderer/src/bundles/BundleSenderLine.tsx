import type { BundleSender } from '../../../shared/bundle/bundle-views'
import { useT } from '../i18n/locale-context'

/** Who sent a bundle, and whether this desk has seen their device before: said before anything is merged. */
export function BundleSenderLine({ sender }: { sender: BundleSender }) {
  const t = useT()
  return (
    <div className="bundle-sender" data-testid="bundle-sender">
      <p>
        {t('bundle.from', { name: sender.name || t('bundle.unnamedSender'), role: sender.role ? t(`role.${sender.role}`) : t('bundle.noRole') })}
      </p>
      <p className="bundle-key">
        {t('bundle.deviceKey')} <code dir="ltr">{sender.keyFingerprint}</code>{' '}
        <span data-testid="bundle-device-known">{sender.knownDevice ? t('bundle.deviceKnown') : t('bundle.deviceNew')}</span>
      </p>
    </div>
  )
}
