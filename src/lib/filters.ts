/**
 * The filter keys that /search/ and the case finder share, with the label each shows. One
 * key means one thing and reads the same on both pages, so a URL such as
 * `?client_group=Older+people` can move between them.
 */
export const FILTER_LABELS = {
	type: 'Type of page',
	client_group: 'Client group',
	barrier: 'Barrier',
	barrier_status: 'What became of a barrier',
	principle: 'Principle',
	nation: 'Nation',
	setting: 'Setting',
	evidence: 'Kind of evidence',
	source: 'Source',
} as const;

/** Any shared key; each page narrows it to its own (search-state's FilterKey, facets' FacetKey). */
type SharedFilterKey = keyof typeof FILTER_LABELS;

/** A page's filter groups, in the order it shows them, each with its shared label. */
export function filterGroups<K extends SharedFilterKey>(keys: readonly K[]): { key: K; label: (typeof FILTER_LABELS)[K] }[] {
	return keys.map((key) => ({ key, label: FILTER_LABELS[key] }));
}
