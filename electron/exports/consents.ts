/** The consent records the gate weighs for these pupils: withdrawn and expired ones are the rule's to discount. */
export { consentRecordsFor as consentsFor } from '../db/repositories/consents';
