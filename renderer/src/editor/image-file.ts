/**
 * The base64 part of a `data:` URL. FileReader encodes natively, which a
 * 25 MB photograph needs: encoding byte by byte in script takes seconds.
 */
export function base64FromDataUrl(dataUrl: string): string {
  // Some engines describe an empty file as a bare "data:".
  if (dataUrl === 'data:') return ''
  const comma = dataUrl.indexOf(',')
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('not a base64 data URL')
  }
  return dataUrl.slice(comma + 1)
}

/** The picked file as standard padded base64, the contract's wire format. */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'))
    reader.onload = () => {
      try {
        resolve(base64FromDataUrl(String(reader.result)))
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    }
    reader.readAsDataURL(file)
  })
}
