import { useState } from 'react';
import { mayCall, permissions } from '../../../../shared/contract/permissions';
import type { Role } from '../../../../shared/domain/roles';
import { DisclosureRegisterScreen } from './DisclosureRegisterScreen';
import { DisclosureRulesScreen } from './DisclosureRulesScreen';
import { DisclosuresOverview } from './DisclosuresOverview';
import type { DisclosuresView } from './views';

/** Everything about records leaving SENCO Desk: the rules, and the register of every decision. */
/** `initial`: straight to the register, from a print that was just recorded in it. */
export function DisclosuresScreen({ role, initial }: { role: Role; initial?: 'register' | undefined }) {
  const [view, setView] = useState<DisclosuresView>(initial === 'register' ? { name: 'register' } : { name: 'overview' });
  const overview = () => setView({ name: 'overview' });
  switch (view.name) {
    case 'overview':
      return <DisclosuresOverview onOpen={setView} registerReader={mayCall(permissions['disclosures.register'], role)} />;
    case 'rules':
      return <DisclosureRulesScreen onBack={overview} />;
    case 'register':
      return <DisclosureRegisterScreen mayPrint={mayCall(permissions['disclosures.printRegister'], role)} onBack={overview} />;
    default: {
      const unknown: never = view;
      throw new Error(`Unknown disclosures view: ${JSON.stringify(unknown)}`);
    }
  }
}
