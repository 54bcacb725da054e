import { useEffect, useRef } from 'react';
import { useDemo } from './demoContext';

/**
 * Every screen change sets the window title and moves focus to the screen's
 * heading or first field, so a screen-reader or keyboard user starts where a
 * sighted mouse user would look. Returns the ref of the element to focus.
 */
export function useScreen<T extends HTMLElement>(title: string) {
  const focusRef = useRef<T>(null);
  const demo = useDemo() !== null;
  useEffect(() => {
    document.title = `${demo ? 'DEMO – ' : ''}${title} – SENCO Desk`;
  }, [title, demo]);
  useEffect(() => {
    focusRef.current?.focus();
  }, []);
  return focusRef;
}
