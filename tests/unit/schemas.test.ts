import { describe, expect, it } from 'vitest';
import { caseSchema, principleSchema, sourceSchema } from '../../src/content.config';
import { validCase } from '../fixtures/case-valid';

/** The messages a maintainer would see, one line per problem: "field: message". */
function problems(schema: { safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown) {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('case frontmatter', () => {
	it('accepts a complete case and turns ids into references', () => {
		const parsed = caseSchema.parse(validCase);
		expect(parsed.barriers).toEqual([
			{ id: { collection: 'barriers', id: 'lack-of-trust' }, status: 'not reported' },
			{ id: { collection: 'barriers', id: 'short-term-funding' }, status: 'not reported' },
		]);
		expect(parsed.lastReviewed).toBeInstanceOf(Date);
		expect(parsed.featured).toBe(false);
	});

	it('names the missing field', () => {
		const { summary: _, ...withoutSummary } = validCase;
		expect(problems(caseSchema, withoutSummary)).toEqual(['summary: Add a summary: one or two sentences.']);
	});

	it('says which nations are allowed', () => {
		expect(problems(caseSchema, { ...validCase, place: { ...validCase.place, nation: 'Cornwall' } })).toEqual([
			'place.nation: Choose the nation from: England, Wales, Scotland, Northern Ireland, UK-wide.',
		]);
	});

	it('reads a barrier or principle with its status, and a bare id as "not reported" or "shown"', () => {
		const parsed = caseSchema.parse({
			...validCase,
			barriers: [{ 'short-term-funding': 'persisted' }, { 'lack-of-trust': 'partly overcome' }, 'initiative-overload'],
			principles: [{ 'pool-effort': 'missing' }, 'build-relationships'],
		});
		expect(parsed.barriers.map((l) => [l.id.id, l.status])).toEqual([
			['short-term-funding', 'persisted'],
			['lack-of-trust', 'partly overcome'],
			['initiative-overload', 'not reported'],
		]);
		expect(parsed.principles.map((l) => [l.id.id, l.status])).toEqual([
			['pool-effort', 'missing'],
			['build-relationships', 'shown'],
		]);
	});

	it('names the barrier and the statuses allowed when a status is misspelt', () => {
		expect(problems(caseSchema, { ...validCase, barriers: [{ 'short-term-funding': 'overcame' }, 'lack-of-trust'] })).toEqual([
			'barriers.0: "overcame" is not a status for barrier "short-term-funding". Choose one of: "overcome", "partly overcome", "persisted", "not reported".',
		]);
		expect(problems(caseSchema, { ...validCase, principles: [{ 'pool-effort': 'overcome' }, 'build-relationships'] })).toEqual([
			'principles.0: "overcome" is not a status for principle "pool-effort". Choose one of: "shown", "missing".',
		]);
	});

	it('shows the shape of a typed link when an entry is neither an id nor an id with a status', () => {
		expect(problems(caseSchema, { ...validCase, barriers: [{ 'short-term-funding': 'persisted', 'lack-of-trust': 'overcome' }, 'lack-of-trust'] })).toEqual([
			'barriers.0: Write each barrier as an id ("- short-term-funding") or an id and its status ("- short-term-funding: persisted").',
		]);
	});

	// A link the source does not show misleads a student (content standard), so a case may say
	// outright that its source shows no barrier; but it has to say so.
	it('asks for the barriers, and accepts an explicit empty list', () => {
		const { barriers: _omitted, ...withoutBarriers } = validCase;
		expect(problems(caseSchema, withoutBarriers)).toEqual([
			'barriers: List the barriers the source shows this partnership meeting (ids from content/barriers/), or write "barriers: []" where it shows none.',
		]);
		expect(problems(caseSchema, { ...validCase, barriers: [] })).toEqual([]);
	});

	it('asks for three to five discussion questions', () => {
		expect(problems(caseSchema, { ...validCase, discussionQuestions: ['Only one question?'] })).toEqual([
			'discussionQuestions: Give at least three discussion questions.',
		]);
	});

	it('refuses a source without a locator', () => {
		expect(problems(caseSchema, { ...validCase, sources: [{ id: 'ahmad-et-al-2004' }] })).toEqual([
			'sources.0: Give a locator for this source: a chapter, a section or pages (where the source prints them).',
		]);
	});

	it('refuses a date that is not a date', () => {
		expect(problems(caseSchema, { ...validCase, lastReviewed: 'last Tuesday' })).toEqual([
			'lastReviewed: Write the date as YYYY-MM-DD, for example 2026-11-23.',
		]);
	});

	it('refuses a field it does not know, so a misspelt key is caught', () => {
		expect(problems(caseSchema, { ...validCase, barrier: ['lack-of-trust'] })).toEqual([expect.stringMatching(/barrier/)]);
	});
});

describe('principle frontmatter', () => {
	it('needs the barriers it answers', () => {
		const principle = {
			title: 'Build relationships',
			summary: 'Meet often enough to know each other.',
			definition: 'Make time for regular contact between partners.',
			sources: [{ id: 'ahmad-et-al-2004', section: '3.2' }],
		};
		expect(problems(principleSchema, principle)).toEqual([expect.stringMatching(/^answers: /)]);
		expect(principleSchema.parse({ ...principle, answers: ['lack-of-trust'] }).answers).toEqual([
			{ collection: 'barriers', id: 'lack-of-trust' },
		]);
	});
});

describe('source records', () => {
	it('needs a chapter to say which book it is in', () => {
		expect(problems(sourceSchema, { id: 'pugh-2005', type: 'chapter', authors: ['Pugh, R.'], year: '2005', title: 'Rural areas' })).toEqual([
			': A chapter needs `in` (the book’s id) and `chapter` (its number).',
		]);
	});

	it('wants names written "Surname, I."', () => {
		expect(problems(sourceSchema, { id: 'tett-2005', type: 'article', authors: ['Lyn Tett'], year: '2005', title: 'Partnerships' })).toEqual([
			'authors.0: Write each name as "Surname, I."',
		]);
	});
});

describe('what a maintainer is told', () => {
	it('says what to add when a field is missing', () => {
		const { period: _, ...withoutPeriod } = validCase;
		expect(problems(caseSchema, withoutPeriod)).toEqual(['period: Add the period, as precisely as the source allows, or "Not stated".']);
	});

	it('says a number is not text', () => {
		expect(problems(caseSchema, { ...validCase, place: { ...validCase.place, area: 42 } })).toEqual([
			'place.area: Write the local authority or wider area as text.',
		]);
	});

	it('catches a TODO left from the scaffolder', () => {
		expect(problems(caseSchema, { ...validCase, summary: 'TODO: write this summary properly' })).toEqual([
			'summary: Replace the TODO with a summary: one or two sentences.',
		]);
	});
});
