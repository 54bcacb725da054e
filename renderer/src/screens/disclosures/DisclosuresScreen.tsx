import { useState } from 'react';
import { DisclosureRulesScreen } from './DisclosureRulesScreen';
import { DisclosuresOverview } from './DisclosuresOverview';
import type { DisclosuresView } from './views';

/** Everything about records leaving SENCO Desk: the rules now, the disclosure register next. */
export function DisclosuresScreen() {
  const [view, setView] = useState<DisclosuresView>({ name: 'overview' });
  switch (view.name) {
    case 'overview':
      return <DisclosuresOverview onOpen={setView} />;
    case 'rules':
      return <DisclosureRulesScreen onBack={() => setView({ name: 'overview' })} />;
    default: {
      const unknown: never = view;
      throw new Error(`Unknown disclosures view: ${JSON.stringify(unknown)}`);
    }
  }
}
