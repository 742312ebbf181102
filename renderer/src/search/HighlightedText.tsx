import type { Highlighted } from '../../../shared/search/search-views'

/** Text as the article spells it, the words the search matched marked. */
export function HighlightedText({ pieces, className }: { pieces: Highlighted; className?: string }) {
  return (
    <bdi className={className}>
      {pieces.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
    </bdi>
  )
}
