/**
 * The search page's state as it lives in the URL: `?q=lockleaze&client_group=Families`.
 * Filter keys are short and stable; values are the titles readers see. Repeat a key for
 * several values: `?barrier=Lack+of+trust&barrier=Short-term+funding`.
 */

import { filterGroups } from './filters';

/** The filters the search page offers, in the order it shows them, with their labels. */
export const SEARCH_FILTERS = filterGroups(['type', 'client_group', 'barrier', 'principle', 'nation', 'setting', 'barrier_status'] as const);

export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/** A search term and the values chosen for each filter. */
export interface SearchState {
	term: string;
	filters: Partial<Record<FilterKey, string[]>>;
}

const FILTER_KEYS: readonly string[] = SEARCH_FILTERS.map((f) => f.key);

/** Reads a search from a query string; unknown keys are ignored. */
export function parseSearch(query: string): SearchState {
	const params = new URLSearchParams(query);
	const filters: SearchState['filters'] = {};
	for (const key of FILTER_KEYS) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length) filters[key as FilterKey] = values;
	}
	return { term: params.get('q')?.trim() ?? '', filters };
}

/** Writes a search as a query string ("" when empty), in a stable order so URLs compare equal. */
export function serialiseSearch({ term, filters }: SearchState): string {
	const params = new URLSearchParams();
	if (term.trim()) params.set('q', term.trim());
	for (const key of FILTER_KEYS) {
		for (const value of [...(filters[key as FilterKey] ?? [])].sort()) params.append(key, value);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Whether two searches differ only in their term (typing), not in their filters. */
export function sameFilters(a: SearchState, b: SearchState): boolean {
	return serialiseSearch({ term: '', filters: a.filters }) === serialiseSearch({ term: '', filters: b.filters });
}

/** A filter in Pagefind's terms: values within one group are alternatives (OR). */
export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * The chosen filters as Pagefind's search takes them: OR within a group ("older people or
 * carers"), AND across groups, as readers of GOV.UK finders expect.
 */
export function toPagefindFilters(filters: SearchState['filters']): PagefindFilters {
	const out: PagefindFilters = {};
	for (const [key, values] of Object.entries(filters)) {
		if (values?.length) out[key] = { any: [...values] };
	}
	return out;
}

/** Whether a search has anything to run: a term or at least one filter. */
export function hasSearch(state: SearchState): boolean {
	return state.term.length > 0 || Object.values(state.filters).some((values) => values?.length);
}
