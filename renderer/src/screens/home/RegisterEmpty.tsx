import { ImportButtons } from '../imports/ImportButtons';

interface RegisterEmptyProps {
  onAdd?: (() => void) | undefined;
  onImport?: ((kind: 'csv' | 'ctf') => void) | undefined;
}

/** The register before any pupil is added: says what will appear here and why it is empty. */
export function RegisterEmpty({ onAdd, onImport }: RegisterEmptyProps) {
  return (
    <section className="empty-state" aria-labelledby="register-empty">
      <svg className="empty-state__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <rect x="10" y="8" width="28" height="34" rx="3" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <rect x="18" y="4" width="12" height="8" rx="2" fill="#ffffff" stroke="currentColor" strokeWidth="2.5" />
        <path d="M16 22h16M16 29h16M16 36h9" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <h2 id="register-empty">The SEND register is empty</h2>
      <p>Pupils will appear here once they are added to the register or imported from the school’s MIS.</p>
      {onAdd || onImport ? (
        <div className="button-row empty-state__action">
          {onImport ? <ImportButtons onImport={onImport} primary /> : null}
          {onAdd ? (
            <button type="button" className={onImport ? 'button button--secondary' : 'button'} onClick={onAdd}>
              Add a pupil
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
