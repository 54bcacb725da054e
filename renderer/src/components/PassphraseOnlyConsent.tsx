import { CheckboxField } from './CheckboxField';

interface PassphraseOnlyConsentProps {
  id: string;
  checked: boolean;
  onCheckedChange(checked: boolean): void;
  errors?: readonly string[];
}

export const PASSPHRASE_ONLY_LABEL = 'I understand: protect the vault with passphrases only';

/**
 * Shown only where this computer has no keychain. Says in plain words what is
 * lost, because the person is agreeing to a weaker protection, not clicking
 * through a formality.
 */
export function PassphraseOnlyConsent({ id, checked, onCheckedChange, errors }: PassphraseOnlyConsentProps) {
  return (
    <section className="warning-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>This laptop has no keychain SENCO Desk can use</h2>
      <p>
        Usually SENCO Desk ties the vault to this laptop’s keychain, so that a copy of the vault files is useless
        without this laptop too.
      </p>
      <p>
        Here the vault will open with a passphrase alone. Anyone who copied the vault files could try guess after guess
        on another computer. Strong passphrases matter even more, for every member of staff.
      </p>
      <CheckboxField
        id={id}
        label={PASSPHRASE_ONLY_LABEL}
        checked={checked}
        onCheckedChange={onCheckedChange}
        errors={errors}
      />
    </section>
  );
}
