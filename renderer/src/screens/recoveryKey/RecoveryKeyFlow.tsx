import { useState } from 'react';
import { confirmationGroups } from '../../../../shared/rules/recoveryKey';
import { ConfirmRecoveryKey } from './ConfirmRecoveryKey';
import { ShowRecoveryKey } from './ShowRecoveryKey';

/** A fair draw of two groups: crypto randomness, so the pair cannot be predicted from the page. */
const random = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

interface RecoveryKeyFlowProps {
  groups: readonly string[];
  /** Main has recorded that the key was confirmed. */
  onConfirmed(): void;
}

/**
 * Show the new key, then ask for two of its groups back. The key lives only
 * in this component's memory: if the vault locks first, it is gone and the
 * home screen asks the SENCO to make a new one.
 */
export function RecoveryKeyFlow({ groups, onConfirmed }: RecoveryKeyFlowProps) {
  const [step, setStep] = useState<'show' | 'confirm'>('show');
  const [pair] = useState(() => confirmationGroups(random));
  return step === 'show' ? (
    <ShowRecoveryKey groups={groups} onRecorded={() => setStep('confirm')} />
  ) : (
    <ConfirmRecoveryKey pair={pair} onConfirmed={onConfirmed} onShowAgain={() => setStep('show')} />
  );
}
