import { describe, expect, it } from 'vitest';
import { aliasesFor } from '../../src/lib/search-aliases';

describe('search aliases', () => {
	it('gives a page about Gypsy Travellers the words people search with', () => {
		expect(aliasesFor(['Wrexham, North Wales: the Multi-agency Traveller Forum', 'Gypsy Travellers'])).toEqual(expect.arrayContaining(['GRT', 'Gypsies', 'multiagency', 'Wales']));
	});

	it('finds an accented name from the plain spelling and the reverse', () => {
		expect(aliasesFor(['The Victoria Climbié inquiry'])).toContain('Climbie');
	});

	it('gives nothing to a page that matches no group, and lists each alias once', () => {
		expect(aliasesFor(['Glossary of terms'])).toEqual([]);
		const aliases = aliasesFor(['Multi-agency partnership', 'inter-agency collaboration']);
		expect(aliases.length).toBe(new Set(aliases).size);
	});
});
