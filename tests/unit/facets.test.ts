import { describe, expect, it } from 'vitest';
import { facetCounts, matchesSelection, parseSelection, selectionQuery, type FacetValues } from '../../src/lib/facets';

const powys: FacetValues = { client_group: ['Rural communities', 'People who use mental health services'], nation: ['Wales'], barrier: ['Distance and isolation'] };
const wrexham: FacetValues = { client_group: ['Gypsy Travellers'], nation: ['Wales'], barrier: ['Discrimination'] };
const easton: FacetValues = { client_group: ['Children and young people'], nation: ['England'], barrier: ['Short-term funding', 'Discrimination'] };
const all = [powys, wrexham, easton];

describe('narrowing the cases', () => {
	it('shows cases with either value ticked in one group', () => {
		const selection = { client_group: ['Gypsy Travellers', 'Rural communities'] };
		expect(all.filter((c) => matchesSelection(c, selection))).toEqual([powys, wrexham]);
	});

	it('shows only cases that pass every group ticked', () => {
		const selection = { nation: ['Wales'], barrier: ['Discrimination'] };
		expect(all.filter((c) => matchesSelection(c, selection))).toEqual([wrexham]);
	});

	it('counts what each value would show, given the other groups’ choices', () => {
		const counts = facetCounts(all, { nation: ['Wales'] });
		// Barriers are narrowed by the nation chosen…
		expect(counts.get('barrier')).toEqual(new Map([['Distance and isolation', 1], ['Discrimination', 1]]));
		// …but a group's own counts are not narrowed by its own choice.
		expect(counts.get('nation')).toEqual(new Map([['Wales', 2], ['England', 1]]));
	});
});

describe('the finder in the URL', () => {
	it('round-trips a selection and a sort, in a stable order', () => {
		const query = selectionQuery({ nation: ['Wales', 'England'], client_group: ['Carers'] }, { sort: 'period' });
		expect(query).toBe('?client_group=Carers&nation=England&nation=Wales&sort=period');
		expect(parseSelection(query)).toEqual({ client_group: ['Carers'], nation: ['England', 'Wales'] });
	});
});
