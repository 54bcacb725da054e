import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import type { DisclosuresView } from './views';
import './disclosures.css';

interface DisclosuresOverviewProps {
  onOpen(view: DisclosuresView): void;
}

/**
 * The Disclosures section's landing: one entry per page of the section, each a link with a
 * sentence on what it holds. The disclosure register is the next entry to add here.
 */
export function DisclosuresOverview({ onOpen }: DisclosuresOverviewProps) {
  return (
    <main className="page page--medium">
      <PageHeading title="Disclosures" />
      <p className="lead measure">
        Records leave SENCO Desk only through a disclosure check: every export, print and copy is decided against the
        disclosure rules, and every decision is recorded.
      </p>
      <ul className="disclosures-links">
        <li className="card">
          <NavLink to="disclosure-rules" className="disclosures-links__link" onNavigate={() => onOpen({ name: 'rules' })}>
            Disclosure rules
          </NavLink>
          <p>Who may have which records, when consent or a second person’s approval is needed, and what never leaves the school, each with the law or policy it comes from.</p>
        </li>
        {/* The disclosure register (what went to whom, on which basis) goes here as the next item. */}
      </ul>
    </main>
  );
}
