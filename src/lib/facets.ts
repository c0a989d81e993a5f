/**
 * The case finder's facets: what each case offers under each filter, and the rules for
 * narrowing a list by them (OR within a group, AND across groups) and counting what each
 * choice would leave. Plain data in, plain data out: the finder page uses it at build time
 * and its small script uses the same functions in the browser, so the two never disagree.
 *
 * Values are the words readers see (titles), as on /search/, so one URL key means the same
 * on both pages: `?client_group=Older+people&barrier=Short-term+funding`.
 */

import { filterGroups } from './filters';

/** The finder's filter groups, in the order the panel shows them. */
export const FINDER_FACETS = filterGroups(['client_group', 'barrier', 'barrier_status', 'principle', 'nation', 'setting', 'evidence', 'source'] as const);

export type FacetKey = (typeof FINDER_FACETS)[number]['key'];

/** A case's values under each facet. */
export type FacetValues = Partial<Record<FacetKey, string[]>>;

/** The values chosen under each facet. */
export type Selection = Partial<Record<string, string[]>>;

/** Whether a case passes every chosen group (AND), matching any chosen value within each (OR). */
export function matchesSelection(values: FacetValues, selection: Selection, ignore?: string): boolean {
	return Object.entries(selection).every(([key, chosen]) => key === ignore || !chosen?.length || chosen.some((v) => values[key as FacetKey]?.includes(v)));
}

/**
 * For each facet value, how many cases would show if it were ticked now: cases passing every
 * other group's choices that carry the value (a group's own choices are alternatives, so they
 * do not narrow its counts).
 */
export function facetCounts(cases: readonly FacetValues[], selection: Selection): Map<string, Map<string, number>> {
	const counts = new Map<string, Map<string, number>>();
	for (const { key } of FINDER_FACETS) {
		const byValue = new Map<string, number>();
		for (const values of cases) {
			if (!matchesSelection(values, selection, key)) continue;
			for (const v of new Set(values[key] ?? [])) byValue.set(v, (byValue.get(v) ?? 0) + 1);
		}
		counts.set(key, byValue);
	}
	return counts;
}

/** Reads the chosen facets from a query string; unknown keys are ignored. */
export function parseSelection(query: string, keys: readonly string[] = FINDER_FACETS.map((f) => f.key)): Selection {
	const params = new URLSearchParams(query);
	const selection: Selection = {};
	for (const key of keys) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length) selection[key] = values;
	}
	return selection;
}

/** The query string for a selection (and sort), in a stable order so URLs compare equal. */
export function selectionQuery(selection: Selection, extra: Record<string, string | undefined> = {}): string {
	const params = new URLSearchParams();
	for (const { key } of FINDER_FACETS) for (const v of [...(selection[key] ?? [])].sort()) params.append(key, v);
	for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
	const query = params.toString();
	return query ? `?${query}` : '';
}
