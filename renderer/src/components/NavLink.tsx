import type { ReactNode } from 'react';

interface NavLinkProps {
  /** A name for the fallback href; the click itself is handled in the app. */
  to: string;
  onNavigate(): void;
  className?: string;
  children: ReactNode;
}

/** A link that moves within the app without reloading the page (which would lose the session's screens). */
export function NavLink({ to, onNavigate, className, children }: NavLinkProps) {
  return (
    <a
      href={`#${to}`}
      className={className}
      onClick={(event) => {
        event.preventDefault();
        onNavigate();
      }}
    >
      {children}
    </a>
  );
}
