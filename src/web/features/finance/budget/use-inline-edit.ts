import { useEffect, useRef, useState } from 'react';

/**
 * One thing at a time edited in place of its "Ret" button. The form takes focus when it opens (its first field, by
 * `firstFieldId`), and focus goes back to the button when it closes, so keyboard users never lose their place.
 */
export function useInlineEdit(prefix: string) {
  const [editing, setEditing] = useState<string | null>(null);
  const closed = useRef<string | null>(null);
  useEffect(() => {
    if (editing === null && closed.current !== null) {
      document.getElementById(`${prefix}-edit-${closed.current}`)?.focus();
      closed.current = null;
    }
  }, [editing, prefix]);
  return {
    editing,
    open: (key: string) => setEditing(key),
    close: () => {
      closed.current = editing;
      setEditing(null);
    },
    buttonId: (key: string) => `${prefix}-edit-${key}`,
  };
}

/** Puts focus in a form's first field when the form appears. */
export function useFocusOnOpen(firstFieldId: string): void {
  useEffect(() => {
    document.getElementById(firstFieldId)?.focus();
  }, [firstFieldId]);
}
