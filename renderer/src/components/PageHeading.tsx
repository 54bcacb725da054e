import type { ReactNode } from 'react';
import { useScreen } from './useScreen';

interface PageHeadingProps {
  /** The window title, and the heading's text unless `children` word it differently (as a question, say). */
  title: string;
  children?: ReactNode;
}

/**
 * The h1 of a screen that starts at its heading rather than at a field: it
 * names the window and takes focus on arrival (see useScreen). Screens that
 * start at a field call useScreen with that field instead.
 */
export function PageHeading({ title, children }: PageHeadingProps) {
  const heading = useScreen<HTMLHeadingElement>(title);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
