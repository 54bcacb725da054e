/** What happened to the file of an allowed share. */
export function SentNotice({ fileName, sha256 }: { fileName: string | null; sha256: string | null }) {
  if (!fileName) {
    return (
      <p className="info-panel" role="status">
        The save was cancelled: nothing was shared, and nothing is recorded as sent.
      </p>
    );
  }
  return (
    <section className="success-panel" role="status" aria-labelledby="sent-heading">
      <h2 id="sent-heading">Saved as {fileName}</h2>
      <p>The disclosure register records it, with the SHA-256 of the file: <code className="hash">{sha256}</code></p>
    </section>
  );
}
