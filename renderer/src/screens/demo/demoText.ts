/** The reference school's roll (DESIGN.md), as the demo screens word it. */
export const DEMO_ON_ROLL = '2,000';
