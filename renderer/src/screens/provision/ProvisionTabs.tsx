import type { ProvisionTab } from './views';

const tabs: { tab: ProvisionTab; label: string }[] = [
  { tab: 'map', label: 'Provision map' },
  { tab: 'groups', label: 'Groups' },
  { tab: 'library', label: 'Library' },
];

/** The section's own pages, as links like the main nav: they move the person, so links with aria-current. */
export function ProvisionTabs({ current, onOpen }: { current: ProvisionTab; onOpen(tab: ProvisionTab): void }) {
  return (
    <nav className="sub-nav" aria-label="Provision">
      <ul className="sub-nav__list">
        {tabs.map(({ tab, label }) => (
          <li key={tab}>
            <a
              href={`#provision-${tab}`}
              className="sub-nav__link"
              aria-current={tab === current ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onOpen(tab);
              }}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
