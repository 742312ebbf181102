import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/**
 * The `dir` a node view's wrapper must carry. Tiptap renders a React node
 * view without the node's HTML attributes, so a block switched to
 * left-to-right (shared/schema/block-direction.ts) would otherwise still be
 * laid out right-to-left in the editor. Right-to-left blocks carry nothing:
 * they inherit the article's direction.
 */
export function blockDir(node: ProseMirrorNode): 'ltr' | undefined {
  return node.attrs.dir === 'ltr' ? 'ltr' : undefined
}
