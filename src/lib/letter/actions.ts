/** What the payer did that an appeal letter answers; the letter names it. */
export const LETTER_ACTIONS = ['denial', 'reduction', 'dismissal', 'recoupment'] as const;
export type LetterAction = (typeof LETTER_ACTIONS)[number];

/** How the letter's opening names the action: "the denial of the claim above". */
export const ACTION_PHRASES: Record<LetterAction, string> = {
	denial: 'the denial of the claim above',
	reduction: 'the reduced payment of the claim above',
	dismissal: 'the dismissal of our earlier request about the claim above',
	recoupment: 'the recoupment of the payment for the claim above',
};
