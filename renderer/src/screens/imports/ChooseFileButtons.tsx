/** The choose and back buttons of both imports' first step, with the reading announced while main reads the file. */
export function ChooseFileButtons({ busy, label, onChoose, onCancel }: { busy: boolean; label: string; onChoose(): void; onCancel(): void }) {
  return (
    <>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={onChoose}>
          {busy ? 'Reading the file…' : label}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Back to the register
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {busy ? 'Reading the file.' : ''}
      </p>
    </>
  );
}
