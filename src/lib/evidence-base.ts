/**
 * The whole evidence base, loaded once per build, with every reference checked and the
 * reverse lookups computed. Pages read from here rather than calling `getCollection`.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { assertReferencesResolve } from './references';
import { byTitle, relatedCaseFinder, reverseIndex, statusIndex } from './relations';
import { readLastChanged } from './git-history';

export type Case = CollectionEntry<'cases'>;
export type Barrier = CollectionEntry<'barriers'>;
export type Principle = CollectionEntry<'principles'>;
export type ClientGroup = CollectionEntry<'client-groups'>;
export type Guide = CollectionEntry<'guides'>;
export type Source = CollectionEntry<'sources'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

/** A barrier, principle or client group: the three lists a case links through. */
export type Term = Barrier | Principle | ClientGroup;

const COLLECTIONS = ['cases', 'barriers', 'principles', 'client-groups', 'guides', 'sources', 'glossary'] as const satisfies readonly CollectionKey[];

async function load() {
	const [cases, barriers, principles, clientGroups, guides, sources, glossary] = await Promise.all([
		getCollection('cases'),
		getCollection('barriers'),
		getCollection('principles'),
		getCollection('client-groups'),
		getCollection('guides'),
		getCollection('sources'),
		getCollection('glossary'),
	]);
	const all = [cases, barriers, principles, clientGroups, guides, sources, glossary] as const;

	const idsByCollection = new Map<string, string[]>(COLLECTIONS.map((name, i) => [name, all[i].map((e) => e.id)]));
	// `sources.yaml` holds many records in one file: name the record as well as the file.
	assertReferencesResolve(
		all.flat().map((e) => ({
			collection: e.collection,
			id: e.id,
			filePath: e.filePath ? (e.collection === 'sources' || e.collection === 'glossary' ? `${e.filePath} (record "${e.id}")` : e.filePath) : undefined,
			data: e.data,
		})),
		idsByCollection,
	);

	const sortedCases = byTitle(cases);
	const barrierLinks = statusIndex(sortedCases, (c) => c.data.barriers);
	const principleLinks = statusIndex(sortedCases, (c) => c.data.principles);
	const casesByClientGroup = reverseIndex(sortedCases, (c) => c.data.clientGroups.map((r) => r.id));
	const principlesByBarrier = reverseIndex(byTitle(principles), (p) => p.data.answers.map((r) => r.id));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	// A case that cites a chapter is drawn from the book too.
	const casesBySource = reverseIndex(sortedCases, (c) =>
		c.data.sources.flatMap(({ id: ref }) => {
			const parent = sourceById.get(ref.id)?.data.in?.id;
			return parent ? [ref.id, parent] : [ref.id];
		}),
	);
	const chaptersByBook = reverseIndex(sources, (s) => (s.data.in ? [s.data.in.id] : []));
	const guidesByBarrier = reverseIndex(byTitle(guides), (g) => g.data.barriers.map((r) => r.id));

	const lastChangedByFile = readLastChanged('content');

	return {
		/** When the file behind an entry last changed in git, where the history is there. */
		lastChanged: (filePath: string | undefined) => (filePath ? lastChangedByFile.get(filePath.replace(/^\.\//, '')) : undefined),
		cases: sortedCases,
		barriers: byTitle(barriers),
		principles: byTitle(principles),
		clientGroups: byTitle(clientGroups),
		guides: byTitle(guides),
		sources: [...sources].sort((a, b) => a.id.localeCompare(b.id)),
		glossary: [...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en-GB')),
		sourceById,
		barrierById: new Map(barriers.map((b) => [b.id, b])),
		principleById: new Map(principles.map((p) => [p.id, p])),
		clientGroupById: new Map(clientGroups.map((g) => [g.id, g])),
		caseById: new Map(cases.map((c) => [c.id, c])),
		casesFor: {
			barrier: (id: string) => (barrierLinks.get(id) ?? []).map((l) => l.entry),
			principle: (id: string) => (principleLinks.get(id) ?? []).map((l) => l.entry),
			clientGroup: (id: string) => casesByClientGroup.get(id) ?? [],
			source: (id: string) => casesBySource.get(id) ?? [],
		},
		/** The cases linking a barrier or principle, each with the status the source reports. */
		linksTo: {
			barrier: (id: string) => barrierLinks.get(id) ?? [],
			principle: (id: string) => principleLinks.get(id) ?? [],
		},
		principlesAnswering: (barrierId: string) => principlesByBarrier.get(barrierId) ?? [],
		guidesFor: (barrierId: string) => guidesByBarrier.get(barrierId) ?? [],
		chaptersOf: (bookId: string) => chaptersByBook.get(bookId) ?? [],
		relatedTo: relatedCaseFinder(sortedCases),
	};
}

export type EvidenceBase = Awaited<ReturnType<typeof load>>;

let loading: Promise<EvidenceBase> | undefined;

/** The evidence base, loaded and checked on first use; the build fails on any broken reference. */
export function getEvidenceBase(): Promise<EvidenceBase> {
	loading ??= load();
	return loading;
}
