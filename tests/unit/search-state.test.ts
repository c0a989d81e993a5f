import { describe, expect, it } from 'vitest';
import { hasSearch, parseSearch, sameFilters, serialiseSearch, toPagefindFilters } from '../../src/lib/search-state';

describe('search state in the URL', () => {
	it('reads a term and repeated filters', () => {
		expect(parseSearch('?q=Lockleaze&barrier=Lack+of+trust&barrier=Short-term+funding&utm=x')).toEqual({
			term: 'Lockleaze',
			filters: { barrier: ['Lack of trust', 'Short-term funding'] },
		});
	});

	it('writes the same search the same way whatever the order chosen', () => {
		const a = serialiseSearch({ term: 'trust', filters: { barrier: ['B', 'A'], type: ['Case study'] } });
		const b = serialiseSearch({ term: 'trust ', filters: { type: ['Case study'], barrier: ['A', 'B'] } });
		expect(a).toBe(b);
		expect(a).toBe('?q=trust&type=Case+study&barrier=A&barrier=B');
	});

	it('round-trips', () => {
		const state = { term: 'Gypsy Travellers', filters: { client_group: ['Gypsy Travellers'], nation: ['Wales'] } };
		expect(parseSearch(serialiseSearch(state))).toEqual(state);
	});

	it('writes nothing for an empty search', () => {
		expect(serialiseSearch({ term: '', filters: {} })).toBe('');
	});

	it('tells typing apart from a change of filter', () => {
		expect(sameFilters(parseSearch('?q=a&nation=Wales'), parseSearch('?q=ab&nation=Wales'))).toBe(true);
		expect(sameFilters(parseSearch('?q=a'), parseSearch('?q=a&nation=Wales'))).toBe(false);
	});
});

describe('filters as Pagefind takes them', () => {
	it('offers either value within a group and requires every group', () => {
		expect(toPagefindFilters({ client_group: ['Older people', 'Carers'], nation: ['Wales'] })).toEqual({
			client_group: { any: ['Older people', 'Carers'] },
			nation: { any: ['Wales'] },
		});
	});

	it('runs a search for a term or a filter, and not for an empty page', () => {
		expect(hasSearch(parseSearch(''))).toBe(false);
		expect(hasSearch(parseSearch('?q=trust'))).toBe(true);
		expect(hasSearch(parseSearch('?barrier_status=Short-term+funding%3A+persisted'))).toBe(true);
	});
});
