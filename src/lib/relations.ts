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
		barriers: { id: Ref }[];
		principles: { id: Ref }[];
		clientGroups: Ref[];
		sources: { id: Ref }[];
	};
}

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

/** A case's typed link to one barrier or principle, as a term page lists it. */
export interface StatusLink<C, S extends string> {
	entry: C;
	status: S;
}

/**
 * For each barrier (or principle) id, the cases that link it and the status each gives it,
 * keeping the cases' order: the reverse of the typed links in case frontmatter.
 */
export function statusIndex<C, S extends string>(cases: readonly C[], linksOf: (c: C) => readonly { id: Ref; status: S }[]): Map<string, StatusLink<C, S>[]> {
	const pairs = cases.flatMap((entry) => linksOf(entry).map((link) => ({ entry, status: link.status, termId: link.id.id })));
	return reverseIndex(pairs, (pair) => [pair.termId]) as Map<string, StatusLink<C, S>[]>;
}

/** Typed links grouped by status, in the order of `statuses`, every status present even when empty. */
export function groupByStatus<C, S extends string>(links: readonly StatusLink<C, S>[], statuses: readonly S[]): { status: S; entries: C[] }[] {
	return statuses.map((status) => ({ status, entries: links.filter((l) => l.status === status).map((l) => l.entry) }));
}

/** Every id a case links to, prefixed by kind so a barrier and a source never collide. */
function linkKeys(c: LinkedCase): Set<string> {
	return new Set([
		...c.data.barriers.map((link) => `barrier:${link.id.id}`),
		...c.data.principles.map((link) => `principle:${link.id.id}`),
		...c.data.clientGroups.map((r) => `client-group:${r.id}`),
		...c.data.sources.map((s) => `source:${s.id.id}`),
	]);
}

/** Whether case `a` ranks before case `b` as related: more shared links first, then by title. */
function ranksBefore(a: { c: LinkedCase; shared: number }, b: { c: LinkedCase; shared: number }): boolean {
	return a.shared > b.shared || (a.shared === b.shared && a.c.data.title.localeCompare(b.c.data.title, 'en-GB') < 0);
}

/**
 * Prepares "related cases" for a whole collection at once: the cases sharing most barriers,
 * principles, client groups and sources with a target, most shared first, ties by title;
 * cases sharing nothing are left out. An index from each link to its cases means each
 * question touches only the cases that share something, and only the top few are kept, so
 * thousands of cases do not cost thousands squared of work.
 */
export function relatedCaseFinder<C extends LinkedCase>(cases: readonly C[], limit = 3): (target: C) => C[] {
	const keysOf = new Map(cases.map((c) => [c.id, linkKeys(c)]));
	const casesByKey = reverseIndex(cases, (c) => [...keysOf.get(c.id)!]);
	return (target) => {
		const shared = new Map<C, number>();
		for (const key of keysOf.get(target.id) ?? linkKeys(target)) {
			for (const other of casesByKey.get(key) ?? []) {
				if (other.id !== target.id) shared.set(other, (shared.get(other) ?? 0) + 1);
			}
		}
		const top: { c: C; shared: number }[] = [];
		for (const [c, count] of shared) {
			const candidate = { c, shared: count };
			if (top.length === limit && !ranksBefore(candidate, top[limit - 1])) continue;
			const at = top.findIndex((kept) => ranksBefore(candidate, kept));
			top.splice(at === -1 ? top.length : at, 0, candidate);
			if (top.length > limit) top.pop();
		}
		return top.map(({ c }) => c);
	};
}

/** Sorts entries by title the way a British reader expects. */
export function byTitle<T extends { data: { title: string } }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'));
}
