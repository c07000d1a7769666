import { useCallback, useEffect, useState } from 'react';

/**
 * A file dropped anywhere on the page. Listened for from the first render (the dataset-file control
 * that reads it is loaded lazily), so a drop is never missed.
 */
export function useFileDrop() {
  const [dragging, setDragging] = useState(false);
  const [dropped, setDropped] = useState<File>();
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      setDragging(false);
      setDropped(e.dataTransfer.files[0]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  const taken = useCallback(() => setDropped(undefined), []);
  return { dragging, dropped, taken };
}
