import type { ReactNode } from 'react';

interface SettingsSectionProps {
  /** The heading's id, which names the section for a screen reader's list of regions. */
  id: string;
  title: string;
  children: ReactNode;
}

/** One subject of Settings: a card of its own under a level-2 heading. */
export function SettingsSection({ id, title, children }: SettingsSectionProps) {
  return (
    <section className="card section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
