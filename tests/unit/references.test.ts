import { describe, expect, it } from 'vitest';
import { assertReferencesResolve, findBrokenReferences, nearestId, referencesIn } from '../../src/lib/references';

const ids = new Map([
	['barriers', ['lack-of-trust', 'short-term-funding']],
	['sources', ['ahmad-et-al-2004']],
]);

const caseWith = (barrier: string) => ({
	collection: 'cases',
	id: 'easton',
	filePath: 'content/cases/easton.mdx',
	data: {
		title: 'Easton',
		barriers: [
			{ collection: 'barriers', id: 'lack-of-trust' },
			{ collection: 'barriers', id: barrier },
		],
		sources: [{ id: { collection: 'sources', id: 'ahmad-et-al-2004' }, section: '3.1' }],
		lastReviewed: new Date('2026-11-23'),
	},
});

describe('finding references in frontmatter', () => {
	it('finds references at any depth, with their field paths', () => {
		expect([...referencesIn(caseWith('short-term-funding').data)].map(([path]) => path)).toEqual([
			'barriers[0]',
			'barriers[1]',
			'sources[0].id',
		]);
	});
});

describe('checking references', () => {
	it('passes when every id exists', () => {
		expect(findBrokenReferences([caseWith('short-term-funding')], ids)).toEqual([]);
	});

	it('reports the file, the field, the bad id, a suggestion and the valid ids', () => {
		expect(() => assertReferencesResolve([caseWith('short-term-fundng')], ids)).toThrowError(
			[
				'1 broken reference in content/:',
				'',
				'content/cases/easton.mdx: field "barriers[1]" names "short-term-fundng", which is not an id in barriers.',
				'  Did you mean "short-term-funding"?',
				'  Valid barriers ids: lack-of-trust, short-term-funding',
			].join('\n'),
		);
	});

	it('makes no suggestion when nothing is close', () => {
		expect(nearestId('housing', ['lack-of-trust', 'short-term-funding'])).toBeUndefined();
		expect(findBrokenReferences([caseWith('housing')], ids)[0].suggestion).toBeUndefined();
	});
});
