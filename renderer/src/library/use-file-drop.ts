import { useRef, useState, type DragEvent } from 'react'

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files')

/**
 * Dropping a file anywhere on the library imports it. Drags of anything but
 * files (text, links) are left alone. More than one file is refused: an
 * import creates one article and opens it.
 */
export function useFileDrop(onFile: (file: File) => void, onSeveral: () => void, disabled: boolean) {
  const [dragging, setDragging] = useState(false)
  // dragenter/dragleave fire for every child crossed; count them to know when the drag left.
  const depth = useRef(0)

  const reset = () => {
    depth.current = 0
    setDragging(false)
  }

  const dropProps = {
    onDragEnter: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth.current += 1
      setDragging(true)
    },
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      event.dataTransfer.dropEffect = disabled ? 'none' : 'copy'
    },
    onDragLeave: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setDragging(false)
    },
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      reset()
      if (disabled) return
      const files = Array.from(event.dataTransfer.files)
      if (files.length > 1) onSeveral()
      else if (files[0]) onFile(files[0])
    }
  }

  return { dragging, dropProps }
}
