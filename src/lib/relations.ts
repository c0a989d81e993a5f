/**
 * Reverse lookups between cases and the taxonomy, computed once from plain data.
 * Pages ask these questions ("which cases meet this barrier?") and never loop themselves.
 */

/** A reference as Astro parses it. */
export interface Ref {
	id: string;
}

/** The links of a case that the lookups need. */
export interface LinkedCase {
	id: string;
	data: {
		title: string;
		barriers: Ref[];
		principles: Ref[];
		clientGroups: Ref[];
		sources: { id: Ref }[];
	};
}

/** The taxonomy fields a case links through. */
export type LinkField = 'barriers' | 'principles' | 'clientGroups';

/** Groups items under each id that `idsOf` returns for them, keeping the items' order. */
export function reverseIndex<T>(items: readonly T[], idsOf: (item: T) => readonly string[]): Map<string, T[]> {
	const index = new Map<string, T[]>();
	for (const item of items) {
		for (const id of new Set(idsOf(item))) {
			const bucket = index.get(id);
			if (bucket) bucket.push(item);
			else index.set(id, [item]);
		}
	}
	return index;
}

/** Every id a case links to, prefixed by kind so a barrier and a source never collide. */
function linkKeys(c: LinkedCase): Set<string> {
	return new Set([
		...c.data.barriers.map((r) => `barrier:${r.id}`),
		...c.data.principles.map((r) => `principle:${r.id}`),
		...c.data.clientGroups.map((r) => `client-group:${r.id}`),
		...c.data.sources.map((s) => `source:${s.id.id}`),
	]);
}

/** How many links two cases share. */
export function sharedLinkCount(a: LinkedCase, b: LinkedCase): number {
	const keysOfB = linkKeys(b);
	return [...linkKeys(a)].filter((key) => keysOfB.has(key)).length;
}

/**
 * The cases most like `target`: those sharing most barriers, principles, client groups and
 * sources, most shared first, ties by title. Cases sharing nothing are left out.
 */
export function relatedCases<C extends LinkedCase>(target: C, cases: readonly C[], limit = 3): C[] {
	return cases
		.filter((c) => c.id !== target.id)
		.map((c) => ({ c, shared: sharedLinkCount(target, c) }))
		.filter(({ shared }) => shared > 0)
		.sort((x, y) => y.shared - x.shared || x.c.data.title.localeCompare(y.c.data.title, 'en-GB'))
		.slice(0, limit)
		.map(({ c }) => c);
}

/** Sorts entries by title the way a British reader expects. */
export function byTitle<T extends { data: { title: string } }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'));
}
