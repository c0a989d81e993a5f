import { describe, expect, it } from 'vitest';
import { byTitle, relatedCases, reverseIndex, sharedLinkCount, type LinkedCase } from '../../src/lib/relations';

const ref = (id: string) => ({ id });
function makeCase(id: string, links: { barriers?: string[]; principles?: string[]; clientGroups?: string[]; sources?: string[] }): LinkedCase {
	return {
		id,
		data: {
			title: id.toUpperCase(),
			barriers: (links.barriers ?? []).map(ref),
			principles: (links.principles ?? []).map(ref),
			clientGroups: (links.clientGroups ?? []).map(ref),
			sources: (links.sources ?? []).map((s) => ({ id: ref(s) })),
		},
	};
}

const easton = makeCase('easton', { barriers: ['trust', 'funding'], principles: ['place'], sources: ['uwe'] });
const lockleaze = makeCase('lockleaze', { barriers: ['trust', 'time'], principles: ['place'], sources: ['uwe'] });
const powys = makeCase('powys', { barriers: ['distance'], clientGroups: ['rural'], sources: ['pugh'] });
const wrexham = makeCase('wrexham', { barriers: ['trust'], clientGroups: ['travellers'], sources: ['roberts'] });
const all = [easton, lockleaze, powys, wrexham];

describe('reverse lookups', () => {
	it('lists every case under each barrier it meets, once, in order', () => {
		const index = reverseIndex(all, (c) => c.data.barriers.map((r) => r.id));
		expect(index.get('trust')?.map((c) => c.id)).toEqual(['easton', 'lockleaze', 'wrexham']);
		expect(index.get('distance')?.map((c) => c.id)).toEqual(['powys']);
		expect(index.get('housing')).toBeUndefined();
	});

	it('counts a repeated id once', () => {
		const index = reverseIndex([makeCase('x', { barriers: ['trust', 'trust'] })], (c) => c.data.barriers.map((r) => r.id));
		expect(index.get('trust')).toHaveLength(1);
	});
});

describe('related cases', () => {
	it('puts the case sharing most links first and leaves out cases sharing none', () => {
		expect(sharedLinkCount(easton, lockleaze)).toBe(3);
		expect(relatedCases(easton, all).map((c) => c.id)).toEqual(['lockleaze', 'wrexham']);
	});

	it('never lists a case as related to itself', () => {
		expect(relatedCases(powys, all)).toEqual([]);
	});

	it('does not mistake a barrier and a source with the same id for a shared link', () => {
		const a = makeCase('a', { barriers: ['same'] });
		const b = makeCase('b', { sources: ['same'] });
		expect(sharedLinkCount(a, b)).toBe(0);
	});
});

describe('sorting', () => {
	it('sorts by title', () => {
		expect(byTitle(all).map((c) => c.id)).toEqual(['easton', 'lockleaze', 'powys', 'wrexham']);
	});
});

describe('related cases at scale', () => {
	it('keeps only the best few, in order, whatever order the cases come in', () => {
		const many = Array.from({ length: 50 }, (_, i) => makeCase(`c${String(i).padStart(2, '0')}`, { barriers: i % 2 ? ['trust'] : ['funding'], sources: ['uwe'] }));
		const target = makeCase('target', { barriers: ['trust'], sources: ['uwe'] });
		const related = relatedCases(target, [...many].reverse(), 3).map((c) => c.id);
		// Odd-numbered cases share two links (trust, uwe); ties go by title.
		expect(related).toEqual(['c01', 'c03', 'c05']);
	});
});
