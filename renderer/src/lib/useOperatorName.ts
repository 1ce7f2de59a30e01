import { useCallback, useState } from 'react';

/** localStorage key of the operator's name. */
const storageKey = 'crisis-room.operatorName';

/** Longest name kept. */
const maxLength = 120;

/** Reads the remembered name; empty when none or storage is unavailable. */
function readName(): string {
  try {
    return (window.localStorage.getItem(storageKey) ?? '').slice(0, maxLength);
  } catch {
    return '';
  }
}

/**
 * The name of the person at the keyboard, recorded on what they do (a ticked step, a published
 * version). The app has no accounts, so the name is typed once and remembered on this device.
 * Returns the name and a setter that stores it (trimmed, at most 120 characters).
 */
export function useOperatorName(): [string, (name: string) => void] {
  const [name, setName] = useState(readName);
  const update = useCallback((next: string) => {
    const value = next.slice(0, maxLength);
    setName(value);
    try {
      window.localStorage.setItem(storageKey, value.trim());
    } catch {
      // Storage may be full or disabled; the name still applies for this session.
    }
  }, []);
  return [name, update];
}
