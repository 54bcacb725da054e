import { createContext, useContext } from 'react';

/** What the DEMO banner offers while the demo school is the vault in use. */
export interface DemoControls {
  /** Asks before building the demo again from its seed. */
  onRestart(): void;
  /** Locks the demo and goes back to the school's own vault. */
  onLeave(): void;
}

/**
 * Set (by App) exactly while the demo school is the vault in use, locked or
 * not: the header shows the DEMO banner and the window title starts with
 * DEMO, on every screen, without each screen having to remember.
 */
export const DemoContext = createContext<DemoControls | null>(null);

export const useDemo = (): DemoControls | null => useContext(DemoContext);
