import type { DraftControls } from '../forms/useDraft';

interface DraftOfferProps {
  draft: DraftControls;
  /** What the person was doing, as in "You were adding an account". */
  doing: string;
  /** Where focus goes once the offer is gone (the form's first field), so it is not lost with the buttons. */
  afterChoice(): void;
}

/**
 * Offers back what was typed before. A polite status region, so a screen
 * reader hears it without losing its place in the form.
 */
export function DraftOffer({ draft, doing, afterChoice }: DraftOfferProps) {
  return (
    <div role="status" className="draft-region">
      {draft.offer ? (
        <section className="notice-panel" aria-labelledby="draft-offer-title">
          <h2 id="draft-offer-title">
            {draft.offerFromBeforeLock
              ? `${doing} when SENCO Desk locked.`
              : `${doing} earlier and did not finish.`}
          </h2>
          <p>Restore what you typed?</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => {
                draft.restore();
                afterChoice();
              }}>
              Restore
            </button>
            <button type="button" className="button button--secondary" onClick={() => {
                draft.discard();
                afterChoice();
              }}>
              Discard
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
