/** The gate's one rule, shared with the window's preview; main always decides again itself. */
export { decideDisclosure } from '../../shared/rules/disclosure';
