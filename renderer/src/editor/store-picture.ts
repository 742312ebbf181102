import type { MidadApi } from '../../../shared/contract/api'
import { MAX_IMAGE_BYTES } from '../../../shared/contract/operations'
import { refused, said, type ShownMessage } from '../common/shown-message'
import { readFileAsBase64 } from './image-file'

export type StoredPicture = { ok: true; mediaId: string; width: number | null; height: number | null } | { ok: false; message: ShownMessage }

/**
 * A picked file, stored by the back side. Too large is refused here, before
 * reading and sending 25+ MB; anything else the back side refuses comes back
 * with its code.
 */
export async function storePicture(api: MidadApi, file: File): Promise<StoredPicture> {
  if (file.size > MAX_IMAGE_BYTES) {
    return { ok: false, message: said('error.image_too_large', { fileName: file.name, limitMb: MAX_IMAGE_BYTES / 1024 / 1024 }) }
  }
  let dataBase64: string
  try {
    dataBase64 = await readFileAsBase64(file)
  } catch {
    return { ok: false, message: said('error.internal') }
  }
  const stored = await api.addImage({ fileName: file.name, dataBase64 })
  if (!stored.ok) return { ok: false, message: refused(stored.error) }
  return { ok: true, mediaId: stored.value.mediaId, width: stored.value.width, height: stored.value.height }
}
