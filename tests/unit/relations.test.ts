import { describe, expect, it } from 'vitest';
import { byTitle, groupByStatus, relatedCaseFinder, reverseIndex, statusIndex, type LinkedCase } from '../../src/lib/relations';

const ref = (id: string) => ({ id });
const link = (id: string) => ({ id: ref(id) });
const relatedCases = (target: LinkedCase, cases: LinkedCase[], limit = 3) => relatedCaseFinder(cases, limit)(target);
function makeCase(id: string, links: { barriers?: string[]; principles?: string[]; clientGroups?: string[]; sources?: string[] }): LinkedCase {
	return {
		id,
		data: {
			title: id.toUpperCase(),
			barriers: (links.barriers ?? []).map(link),
			principles: (links.principles ?? []).map(link),
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
		const index = reverseIndex(all, (c) => c.data.barriers.map((l) => l.id.id));
		expect(index.get('trust')?.map((c) => c.id)).toEqual(['easton', 'lockleaze', 'wrexham']);
		expect(index.get('distance')?.map((c) => c.id)).toEqual(['powys']);
		expect(index.get('housing')).toBeUndefined();
	});

	it('counts a repeated id once', () => {
		const index = reverseIndex([makeCase('x', { barriers: ['trust', 'trust'] })], (c) => c.data.barriers.map((l) => l.id.id));
		expect(index.get('trust')).toHaveLength(1);
	});
});

describe('related cases', () => {
	it('puts the case sharing most links first and leaves out cases sharing none', () => {
		// Lockleaze shares three links with Easton (trust, place, uwe); Wrexham one (trust).
		expect(relatedCases(easton, all).map((c) => c.id)).toEqual(['lockleaze', 'wrexham']);
	});

	it('never lists a case as related to itself', () => {
		expect(relatedCases(powys, all)).toEqual([]);
	});

	it('does not mistake a barrier and a source with the same id for a shared link', () => {
		const a = makeCase('a', { barriers: ['same'] });
		const b = makeCase('b', { sources: ['same'] });
		expect(relatedCases(a, [a, b])).toEqual([]);
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

describe('typed links on term pages', () => {
	const typed = (id: string, barriers: [string, string][]) => ({ id, barriers: barriers.map(([b, status]) => ({ id: ref(b), status })) });
	const cases = [typed('a', [['funding', 'persisted'], ['trust', 'overcome']]), typed('b', [['funding', 'overcome']]), typed('c', [['funding', 'persisted']])];
	const statuses = ['overcome', 'partly overcome', 'persisted', 'not reported'];

	it('lists each case under a barrier with the status it gives, in case order', () => {
		const index = statusIndex(cases, (c) => c.barriers);
		expect(index.get('funding')?.map((l) => [l.entry.id, l.status])).toEqual([
			['a', 'persisted'],
			['b', 'overcome'],
			['c', 'persisted'],
		]);
	});

	it("groups a barrier's cases by status, in the order statuses are listed, empty groups kept", () => {
		const groups = groupByStatus(statusIndex(cases, (c) => c.barriers).get('funding')!, statuses);
		expect(groups.map((g) => [g.status, g.entries.map((e) => e.id)])).toEqual([
			['overcome', ['b']],
			['partly overcome', []],
			['persisted', ['a', 'c']],
			['not reported', []],
		]);
	});
});
