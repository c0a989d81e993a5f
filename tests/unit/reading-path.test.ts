import { describe, expect, it } from 'vitest';
import { readingOrder, whyRead, type PathCase } from '../../src/lib/reading-path';

const survey: PathCase = { id: 'survey', title: 'B survey', evidenceKinds: ['survey'], barrierStatuses: ['persisted', 'not reported'], principlesShown: 1 };
const account: PathCase = { id: 'account', title: 'A account', evidenceKinds: ['service user account'], barrierStatuses: ['overcome'], principlesShown: 2 };
const interviews: PathCase = { id: 'interviews', title: 'C interviews', evidenceKinds: ['interviews', 'observation'], barrierStatuses: ['overcome', 'persisted', 'partly overcome'], principlesShown: 3 };

describe('a reading path for a client group', () => {
	it('puts stronger evidence first, then the case that says more about what became of its barriers', () => {
		expect(readingOrder([account, survey, interviews]).map((c) => c.id)).toEqual(['interviews', 'survey', 'account']);
	});

	it('says why to read each case from its own facts', () => {
		expect(whyRead(interviews)).toBe('Interviews and observation. It reports what became of 3 of the 3 barriers it met: 2 overcome or partly overcome, 1 persisted.');
		expect(whyRead(account)).toMatch(/In a service user’s own words\.$/);
	});
});
