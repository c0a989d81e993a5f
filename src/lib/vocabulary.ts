/**
 * Closed lists used by the schemas and by the search filters. Values are the words
 * readers see, so a filter value and the facts panel always agree.
 */

/** The nations a case can sit in. */
export const NATIONS = ['England', 'Wales', 'Scotland', 'Northern Ireland', 'UK-wide'] as const;

/** The kinds of place a case can be set in. */
export const SETTINGS = ['Inner city', 'Estate', 'Town', 'Rural', 'County', 'City-wide', 'National programme', 'Not stated'] as const;

/** The kinds of evidence a source offers, in the words evidence sites use. */
export const EVIDENCE_KINDS = [
	'interviews',
	'observation',
	'survey',
	'documentary analysis',
	'practitioner account',
	'service user account',
	'evaluation',
	'secondary summary',
] as const;

export type Nation = (typeof NATIONS)[number];
export type Setting = (typeof SETTINGS)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * What the source reports became of a barrier a case met. Never our judgement: where the
 * source does not say, it is `not reported`.
 */
export const BARRIER_STATUSES = ['overcome', 'partly overcome', 'persisted', 'not reported'] as const;

/** Whether the source shows a case practising a principle, or the work suffering for its absence. */
export const PRINCIPLE_STATUSES = ['shown', 'missing'] as const;

export type BarrierStatus = (typeof BARRIER_STATUSES)[number];
export type PrincipleStatus = (typeof PRINCIPLE_STATUSES)[number];

/** A status as a heading or label reads it: "Partly overcome". */
export function statusLabel(status: BarrierStatus | PrincipleStatus): string {
	return status.charAt(0).toUpperCase() + status.slice(1);
}
