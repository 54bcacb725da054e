import type { ReactNode } from 'react';
import { DemoBanner } from './DemoBanner';
import { useDemo } from './demoContext';

interface AppHeaderProps {
  schoolName?: string;
  /** Who is signed in and the Lock button, on the right. */
  children?: ReactNode;
  /** The app's navigation, in a row of its own under the brand. */
  nav?: ReactNode;
}

export function AppHeader({ schoolName, children, nav }: AppHeaderProps) {
  const demo = useDemo();
  return (
    <header className="app-header">
      {demo ? <DemoBanner controls={demo} /> : null}
      <div className="app-header__inner">
        <div className="brand">
          <span className="brand__name">SENCO Desk</span>
          {schoolName ? <span className="brand__school">{schoolName}</span> : null}
        </div>
        {children ? <div className="app-header__actions">{children}</div> : null}
      </div>
      {nav}
    </header>
  );
}

export function AppFooter() {
  return (
    <footer className="app-footer">
      <p>Records are kept encrypted on this laptop and never leave it unless you export them.</p>
    </footer>
  );
}
