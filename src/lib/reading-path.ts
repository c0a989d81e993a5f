/**
 * A reading path for a client group: its guides first (steps to use), then its cases,
 * strongest evidence first, each with a sentence on why to read it, made from the case's
 * own facts so it never claims more than the case page does.
 */
import type { BarrierStatus, EvidenceKind } from './vocabulary';

/** What the path needs to know of a case. */
export interface PathCase {
	id: string;
	title: string;
	evidenceKinds: readonly EvidenceKind[];
	barrierStatuses: readonly BarrierStatus[];
	principlesShown: number;
}

/** Stronger, more independent evidence first; accounts by those involved after. */
const EVIDENCE_RANK: Record<EvidenceKind, number> = {
	evaluation: 0,
	interviews: 1,
	survey: 1,
	observation: 1,
	'documentary analysis': 2,
	'practitioner account': 3,
	'service user account': 3,
	'secondary summary': 4,
};

const strength = (c: PathCase) => Math.min(...c.evidenceKinds.map((k) => EVIDENCE_RANK[k]));
const known = (c: PathCase) => c.barrierStatuses.filter((s) => s !== 'not reported').length;

/** Why read this case: what kind of evidence, and how much it says about what became of its barriers. */
export function whyRead(c: PathCase): string {
	const kinds = c.evidenceKinds.join(' and ');
	const voice = c.evidenceKinds.includes('service user account')
		? ' In a service user’s own words.'
		: c.evidenceKinds.includes('practitioner account')
			? ' An account by someone involved in the work.'
			: '';
	const got = c.barrierStatuses.filter((s) => s === 'overcome' || s === 'partly overcome').length;
	const stayed = c.barrierStatuses.filter((s) => s === 'persisted').length;
	const barriers = known(c)
		? `It reports what became of ${known(c)} of the ${c.barrierStatuses.length} barriers it met: ${got} overcome or partly overcome, ${stayed} persisted.`
		: `It shows ${c.barrierStatuses.length} barriers but not what became of them.`;
	return `${kinds.charAt(0).toUpperCase()}${kinds.slice(1)}. ${barriers}${voice}`;
}

/** The group's cases in reading order: strongest evidence first, then most said about outcomes, then by title. */
export function readingOrder<C extends PathCase>(cases: readonly C[]): C[] {
	return [...cases].sort((a, b) => strength(a) - strength(b) || known(b) - known(a) || a.title.localeCompare(b.title, 'en-GB'));
}
