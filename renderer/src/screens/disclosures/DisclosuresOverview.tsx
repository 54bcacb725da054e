import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import type { DisclosuresView } from './views';
import './disclosures.css';

interface DisclosuresOverviewProps {
  onOpen(view: DisclosuresView): void;
  /** Those who send or approve records read the register; others see only the rules. */
  registerReader: boolean;
}

/**
 * The Disclosures section's landing: one entry per page of the section, each a link with a
 * sentence on what it holds.
 */
export function DisclosuresOverview({ onOpen, registerReader }: DisclosuresOverviewProps) {
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
        {registerReader ? (
          <li className="card">
            <NavLink to="disclosure-register" className="disclosures-links__link" onNavigate={() => onOpen({ name: 'register' })}>
              Disclosure register
            </NavLink>
            <p>Every decision on sharing records, refusals included: what, about whom, to whom, why, on which basis, who approved it, and a fingerprint (SHA-256) of what was sent.</p>
          </li>
        ) : null}
      </ul>
    </main>
  );
}
