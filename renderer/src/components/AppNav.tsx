import type { MouseEvent } from 'react';

export interface NavItem<P extends string> {
  page: P;
  label: string;
  /** The digit pressed with Ctrl (⌘ on a Mac) to go there. */
  shortcut: string;
}

interface AppNavProps<P extends string> {
  items: readonly NavItem<P>[];
  current: P | null;
  onNavigate(page: P): void;
}

/**
 * The app's sections as links (they move the person somewhere, so links, not
 * buttons), with aria-current on the one shown. The href is only a fallback:
 * following it would reload the page, so the click is handled here.
 */
export function AppNav<P extends string>({ items, current, onNavigate }: AppNavProps<P>) {
  const go = (event: MouseEvent, page: P) => {
    event.preventDefault();
    onNavigate(page);
  };
  return (
    <nav className="app-nav" aria-label="Main">
      <ul className="app-nav__list">
        {items.map((item) => (
          <li key={item.page}>
            <a
              href={`#${item.page}`}
              className="app-nav__link"
              aria-current={item.page === current ? 'page' : undefined}
              aria-keyshortcuts={`Control+${item.shortcut}`}
              title={`${item.label} (Ctrl+${item.shortcut})`}
              onClick={(event) => go(event, item.page)}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
