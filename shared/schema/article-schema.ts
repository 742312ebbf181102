import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { articleExtensions } from './article-extensions'

let schema: Schema | undefined

/** The article's ProseMirror schema without an editor: for checking, converting and merging bodies. */
export const articleSchema = (): Schema => (schema ??= getSchema(articleExtensions()))
