/**
 * Each case's values under the finder's facets, and every option each facet offers with the
 * static page that lists its cases (so the finder works without JavaScript), computed once
 * from the evidence base.
 */
import type { Case, EvidenceBase } from './evidence-base';
import { FINDER_FACETS, type FacetKey, type FacetValues } from './facets';
import { shortCitation } from './citation';
import { slugify } from './slug';
import { entryHref, href } from './urls';

/** The facets with a page of their own under /cases/: /cases/nation/wales/. */
export const CASE_LIST_FACETS = { nation: 'Nation', setting: 'Setting', evidence: 'Kind of evidence' } as const;
export type CaseListFacet = keyof typeof CASE_LIST_FACETS;

/** The publication a case draws on: a chapter counts as its book. */
function publicationsOf(c: Case, base: EvidenceBase): string[] {
	return c.data.sources.map(({ id }) => {
		const s = base.sourceById.get(id.id)!;
		const top = s.data.in ? base.sourceById.get(s.data.in.id)! : s;
		return shortCitation(top.data);
	});
}

/** A case's values under every facet, as readers see them (titles). */
export function caseFacetValues(c: Case, base: EvidenceBase): FacetValues {
	const barrierTitle = (id: string) => base.barrierById.get(id)!.data.title;
	return {
		client_group: c.data.clientGroups.map((r) => base.clientGroupById.get(r.id)!.data.title),
		barrier: c.data.barriers.map((l) => barrierTitle(l.id.id)),
		barrier_status: c.data.barriers.map((l) => `${barrierTitle(l.id.id)}: ${l.status}`),
		principle: c.data.principles.map((l) => base.principleById.get(l.id.id)!.data.title),
		nation: [c.data.place.nation],
		setting: [c.data.setting],
		evidence: [...c.data.evidence.kinds],
		source: [...new Set(publicationsOf(c, base))],
	};
}

/** The page listing the cases for one nation, setting or kind of evidence. */
export function caseListHref(facet: CaseListFacet, value: string): string {
	return href(`cases/${facet}/${slugify(value)}/`);
}

/** One option of a facet: its value and the static page that lists its cases. */
export interface FacetOption {
	value: string;
	href: string;
}

/** Every facet with the options that occur in the cases, in reading order. */
export function facetOptions(base: EvidenceBase): { key: FacetKey; label: string; options: FacetOption[] }[] {
	const values = base.cases.map((c) => caseFacetValues(c, base));
	const present = (key: FacetKey) => new Set(values.flatMap((v) => v[key] ?? []));
	const sorted = (key: FacetKey) => [...present(key)].sort((a, b) => a.localeCompare(b, 'en-GB'));
	const byTitle = <T extends { id: string; data: { title: string } }>(entries: T[], collection: 'barriers' | 'principles' | 'client-groups', key: FacetKey) =>
		entries.filter((e) => present(key).has(e.data.title)).map((e) => ({ value: e.data.title, href: entryHref(collection, e.id) }));
	const barrierIdByTitle = new Map(base.barriers.map((b) => [b.data.title, b.id]));
	const sourceIdByCitation = new Map(base.sources.filter((s) => !s.data.in).map((s) => [shortCitation(s.data), s.id]));
	const options: Record<FacetKey, FacetOption[]> = {
		client_group: byTitle(base.clientGroups, 'client-groups', 'client_group'),
		barrier: byTitle(base.barriers, 'barriers', 'barrier'),
		barrier_status: sorted('barrier_status').map((value) => {
			const [title, status] = value.split(/: (?=[^:]+$)/);
			return { value, href: `${entryHref('barriers', barrierIdByTitle.get(title)!)}#status-${status.replace(' ', '-')}` };
		}),
		principle: byTitle(base.principles, 'principles', 'principle'),
		nation: sorted('nation').map((value) => ({ value, href: caseListHref('nation', value) })),
		setting: sorted('setting').map((value) => ({ value, href: caseListHref('setting', value) })),
		evidence: sorted('evidence').map((value) => ({ value, href: caseListHref('evidence', value) })),
		source: sorted('source').map((value) => ({ value, href: entryHref('sources', sourceIdByCitation.get(value)!) })),
	};
	return FINDER_FACETS.map(({ key, label }) => ({ key, label, options: options[key] }));
}
