/** The two ways pupils come in from outside: the school's MIS (CSV) and another school (CTF). */
export function ImportButtons({ onImport, primary = false }: { onImport(kind: 'csv' | 'ctf'): void; primary?: boolean }) {
  return (
    <>
      <button type="button" className={primary ? 'button' : 'button button--secondary'} onClick={() => onImport('csv')}>
        Import pupils from your MIS
      </button>
      <button type="button" className="button button--secondary" onClick={() => onImport('ctf')}>
        Import a CTF
      </button>
    </>
  );
}
