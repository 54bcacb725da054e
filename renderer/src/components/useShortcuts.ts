import { useEffect } from 'react';

/**
 * Ctrl+digit (⌘+digit on a Mac) runs `onDigit`. Works wherever focus is,
 * text fields included, because Ctrl+digit types nothing.
 */
export function useShortcuts(onDigit: (digit: string) => boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const modifier = event.ctrlKey || event.metaKey;
      if (!modifier || event.altKey || event.shiftKey || !/^Digit[0-9]$/.test(event.code)) return;
      if (onDigit(event.code.slice('Digit'.length))) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDigit]);
}
