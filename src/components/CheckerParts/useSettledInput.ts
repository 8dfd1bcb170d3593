import {useDeferredValue, useEffect, useState} from 'react';

/**
 * The text to check. Short inputs are checked on every keystroke (deferred, so typing never waits for
 * the check); long ones (a pasted dump) only once typing pauses for `delay` ms.
 */
export function useSettledInput(value: string, largeAt = 20_000, delay = 150): string {
  const [settled, setSettled] = useState(value);
  const large = value.length >= largeAt;
  useEffect(() => {
    if (!large) {
      setSettled(value);
      return undefined;
    }
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, large, delay]);
  return useDeferredValue(large ? settled : value);
}
