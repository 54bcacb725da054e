/**
 * The forms opened since the person signed in. A draft found for a form
 * opened for the first time in this sign-in was left when the vault locked;
 * one found for a form already opened was left when the person moved away.
 * The two are offered back in different words. Memory only, reset at sign-in.
 */
const opened = new Set<string>();

export function startDraftSession(): void {
  opened.clear();
}

/** Records that `form` was opened; true if it had been opened before in this sign-in. */
export function noteFormOpened(form: string): boolean {
  const before = opened.has(form);
  opened.add(form);
  return before;
}
