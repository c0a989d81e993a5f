/**
 * The pages a student can cite and take away: every case, guide and source, each as one
 * CSL item (lib/csl.ts). The "Cite this page" block, the download endpoints and the
 * citation_* meta tags all read from here, so they always agree.
 */
import type { EvidenceBase } from './evidence-base';
import { cslOfPage, cslOfSource, type CslItem } from './csl';
import { entryHref } from './urls';

export type CitableSection = 'cases' | 'guides' | 'sources';

/** The absolute address of a page, for citations: SITE_URL with the base path. */
export function absoluteUrl(path: string): string {
	return new URL(path, import.meta.env.SITE).href;
}

/** The CSL item for one page, or undefined where the page is not citable. */
export function citationItem(base: EvidenceBase, section: CitableSection, id: string): CslItem | undefined {
	const url = absoluteUrl(entryHref(section, id));
	if (section === 'sources') {
		const source = base.sourceById.get(id);
		if (!source) return undefined;
		const book = source.data.in ? base.sourceById.get(source.data.in.id)?.data : undefined;
		return { ...cslOfSource(id, source.data, book) };
	}
	const entry = section === 'cases' ? base.caseById.get(id) : base.guides.find((g) => g.id === id);
	if (!entry) return undefined;
	return cslOfPage({ id: `joined-up-${section}-${id}`, title: entry.data.title, url, lastReviewed: entry.data.lastReviewed });
}

/** Every citable page: its section, id and CSL item. */
export function citablePages(base: EvidenceBase): { section: CitableSection; id: string; item: CslItem }[] {
	const ids: [CitableSection, string[]][] = [
		['cases', base.cases.map((c) => c.id)],
		['guides', base.guides.map((g) => g.id)],
		['sources', base.sources.map((s) => s.id)],
	];
	return ids.flatMap(([section, list]) => list.map((id) => ({ section, id, item: citationItem(base, section, id)! })));
}
