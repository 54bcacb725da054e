/** How long the vault may stay open with nobody using it (DESIGN.md, Storage and keys). */
export const DEFAULT_IDLE_MINUTES = 5;
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 60;
