import { disclosureRuleSections } from '../../../../shared/rules/disclosureRulesText';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import './disclosures.css';

interface DisclosureRulesScreenProps {
  onBack(): void;
}

/**
 * The disclosure rules in plain English for the SENCO, the headteacher and the DPO. The words
 * are shared/rules/disclosureRulesText.ts, which the unit tests hold to what the rule decides.
 */
export function DisclosureRulesScreen({ onBack }: DisclosureRulesScreenProps) {
  return (
    <main className="page page--medium">
      <p className="back-link">
        <NavLink to="disclosures" onNavigate={onBack}>
          Back to disclosures
        </NavLink>
      </p>
      <PageHeading title="Disclosure rules" />
      <p className="lead measure">
        SENCO Desk checks every export, print and copy against these rules before anything leaves it. Where the
        school’s SEND policy and the law differ, it follows the stricter of the two.
      </p>
      <p className="measure disclosure-rules__about-sources">
        Each rule names where it comes from. “REFERENCE §5” is the disclosure section of SENCO Desk’s domain reference,
        which gathers the policy and the law in one list; “item 1” to “item 8” are its numbered exceptions.
      </p>
      {disclosureRuleSections.map((section) => (
        <section key={section.id} className="card section disclosure-rules" aria-labelledby={`rules-${section.id}`}>
          <h2 id={`rules-${section.id}`}>{section.heading}</h2>
          {section.rules.map((rule) => (
            <div key={rule.id} className="disclosure-rule" data-rule={rule.id}>
              <h3>{rule.title}</h3>
              <p>{rule.text}</p>
              <p className="disclosure-rule__citation">
                <span className="disclosure-rule__source">Source:</span> {rule.citation}
              </p>
            </div>
          ))}
        </section>
      ))}
    </main>
  );
}
