import type { DemoControls } from './demoContext';
import './demoBanner.css';

/**
 * The DEMO strip at the top of every screen while the demo school is in use:
 * in words (not colour alone), first in the header so a screen reader meets it
 * before anything else, with the two ways out of the demo beside it.
 */
export function DemoBanner({ controls }: { controls: DemoControls }) {
  return (
    <div className="demo-banner">
      <div className="demo-banner__inner">
        <p className="demo-banner__text">
          <strong className="demo-banner__badge">DEMO</strong>{' '}
          <span>
            This is the demo school. Every pupil in it is made up, and nothing you do here touches your school’s own
            records.
          </span>
        </p>
        <div className="demo-banner__actions">
          <button type="button" className="button button--secondary button--small" onClick={controls.onRestart}>
            Start the demo again
          </button>
          <button type="button" className="button button--small" onClick={controls.onLeave}>
            Leave the demo
          </button>
        </div>
      </div>
    </div>
  );
}
