import { useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/vault';
import type { RecoveryCheck } from '../../api';
import { AppFooter, AppHeader } from '../../components/AppHeader';
import { ChooseRecoveryPassphrase } from './ChooseRecoveryPassphrase';
import { EnterRecoveryKey } from './EnterRecoveryKey';

interface RecoverScreenProps {
  onRecovered(session: SessionInfo): void;
  onCancel(): void;
}

/** Opening the vault with the recovery key: type the key, then choose who you are and a new passphrase. */
export function RecoverScreen({ onRecovered, onCancel }: RecoverScreenProps) {
  const [key, setKey] = useState('');
  const [check, setCheck] = useState<RecoveryCheck | null>(null);
  return (
    <>
      <AppHeader />
      {check ? (
        <ChooseRecoveryPassphrase recoveryKey={key} check={check} onRecovered={onRecovered} onBack={() => setCheck(null)} />
      ) : (
        <EnterRecoveryKey
          initialKey={key}
          onChecked={(text, result) => {
            setKey(text);
            setCheck(result);
          }}
          onCancel={onCancel}
        />
      )}
      <AppFooter />
    </>
  );
}
