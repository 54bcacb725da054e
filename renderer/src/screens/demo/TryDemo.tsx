import { DEMO_ON_ROLL } from './demoText';
import './demo.css';

/** The way into the demo school, under the create and unlock forms: secondary to them, never in their way. */
export function TryDemo({ onTry }: { onTry(): void }) {
  return (
    <section className="card try-demo" aria-labelledby="try-demo-heading">
      <h2 id="try-demo-heading">Try SENCO Desk with a demo school</h2>
      <p>
        Look round a made-up school of {DEMO_ON_ROLL} pupils, with needs, histories and leavers, before you use real
        records. The demo is a separate vault on this laptop that opens without a passphrase. It never touches your
        school’s own vault.
      </p>
      <button type="button" className="button button--secondary" onClick={onTry}>
        Try with a demo school
      </button>
    </section>
  );
}
