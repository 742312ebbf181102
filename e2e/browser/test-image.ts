import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'

/** A real JPEG, as a photographer's file would be: decodable, with a size. */
export async function writeNewsPhoto(dir: string, name = 'market.jpg'): Promise<{ path: string; width: number; height: number }> {
  const width = 800
  const height = 500
  const path = join(dir, name)
  const stripes = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
       <rect width="100%" height="100%" fill="#1d5c7a"/>
       <rect y="300" width="100%" height="200" fill="#d9a441"/>
       <circle cx="620" cy="140" r="70" fill="#f4efe1"/>
     </svg>`
  )
  await writeFile(path, await sharp(stripes).jpeg({ quality: 82 }).toBuffer())
  return { path, width, height }
}
