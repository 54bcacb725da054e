/** What recovering does to the vault and to colleagues, said before it happens. */
export function RecoveryExplained({ keychain }: { keychain: 'available' | 'unavailable' }) {
  return (
    <section className="info-panel" aria-labelledby="recovery-explained">
      <h2 id="recovery-explained">What happens next</h2>
      <ul>
        <li>
          {keychain === 'available'
            ? 'The vault will be bound to this laptop and its keychain: from now on it opens here, with your new passphrase.'
            : 'The vault will open here with your new passphrase. This laptop has no keychain, so the vault will be protected by passphrases only.'}
        </li>
        <li>
          Other staff may need new passphrases. If so, SENCO Desk will tell you, and you can set them on the Accounts
          screen.
        </li>
        <li>Nothing in the records is changed.</li>
      </ul>
    </section>
  );
}
