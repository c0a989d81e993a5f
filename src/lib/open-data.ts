/**
 * The evidence base as open data: one record per case, with stable ids (the file name, which
 * is also the page's address), in JSON and CSV. FIELDS documents every field once; the CSV
 * header and the /data/ page are both made from it.
 */
import type { EvidenceBase, Case } from './evidence-base';
import { formatLocator } from './citation';
import { isoDate } from './format';

/** A case as open data. Lists in JSON; in CSV, lists are joined with " | ". */
export interface CaseRecord {
	id: string;
	url: string;
	title: string;
	summary: string;
	place: string;
	area: string;
	nation: string;
	period: string;
	setting: string;
	client_groups: string[];
	barriers: string[];
	principles: string[];
	partners: string[];
	evidence_kinds: string[];
	evidence_size: string;
	evidence_limits: string;
	outcomes: string[];
	sources: string[];
	last_reviewed: string;
}

/** Every field, in order, with what it holds: the /data/ page's table and the CSV columns. */
export const FIELDS: { name: keyof CaseRecord; about: string }[] = [
	{ name: 'id', about: 'Stable identifier: the case’s file name and the last part of its address. It never changes; a renamed case keeps its old address as a redirect.' },
	{ name: 'url', about: 'The case’s page on this site.' },
	{ name: 'title', about: 'The place or project as the source names it.' },
	{ name: 'summary', about: 'One or two sentences: who worked together, for whom, and what happened.' },
	{ name: 'place', about: 'The place as the source names it (anonymised where the source anonymises it).' },
	{ name: 'area', about: 'The local authority or wider area.' },
	{ name: 'nation', about: 'England, Wales, Scotland, Northern Ireland or UK-wide.' },
	{ name: 'period', about: 'When, as precisely as the source allows, or "Not stated".' },
	{ name: 'setting', about: 'The kind of place: inner city, estate, town, rural, county, city-wide, national programme, or not stated.' },
	{ name: 'client_groups', about: 'Ids of the client groups the case concerns (pages at /client-groups/<id>/).' },
	{ name: 'barriers', about: 'Barriers met, each "id: status", where status is what the source reports became of it: overcome, partly overcome, persisted or not reported (pages at /barriers/<id>/).' },
	{ name: 'principles', about: 'Principles, each "id: status": shown (the source shows the case practising it) or missing (the work suffered for its absence) (pages at /principles/<id>/).' },
	{ name: 'partners', about: 'The agencies and groups involved, each "name: what it did".' },
	{ name: 'evidence_kinds', about: 'Kinds of evidence: interviews, observation, survey, documentary analysis, practitioner account, service user account, evaluation, secondary summary.' },
	{ name: 'evidence_size', about: 'What the source says of the size of its evidence.' },
	{ name: 'evidence_limits', about: 'What the evidence cannot tell us, and who was not asked.' },
	{ name: 'outcomes', about: 'What changed and for whom, as far as the source shows it.' },
	{ name: 'sources', about: 'Sources with locators, each "source id, locator" (records at /sources/<id>/).' },
	{ name: 'last_reviewed', about: 'When the case was last checked against its sources, YYYY-MM-DD.' },
];

/** One case as an open-data record; `url` is absolute. */
export function caseRecord(c: Case, url: string): CaseRecord {
	const d = c.data;
	return {
		id: c.id,
		url,
		title: d.title,
		summary: d.summary,
		place: d.place.name,
		area: d.place.area,
		nation: d.place.nation,
		period: d.period,
		setting: d.setting,
		client_groups: d.clientGroups.map((r) => r.id),
		barriers: d.barriers.map((l) => `${l.id.id}: ${l.status}`),
		principles: d.principles.map((l) => `${l.id.id}: ${l.status}`),
		partners: d.partners.map((p) => `${p.name}: ${p.role}`),
		evidence_kinds: [...d.evidence.kinds],
		evidence_size: d.evidence.size,
		evidence_limits: d.evidence.limits,
		outcomes: d.outcomes,
		sources: d.sources.map((s) => `${s.id.id}, ${formatLocator(s)}`),
		last_reviewed: isoDate(d.lastReviewed),
	};
}

/** Every case as a record, in the order of the case list. */
export function caseRecords(base: EvidenceBase, urlOf: (id: string) => string): CaseRecord[] {
	return base.cases.map((c) => caseRecord(c, urlOf(c.id)));
}

/** A record as a CSV row's cells, in FIELDS order, lists joined with " | ". */
export function csvCells(record: CaseRecord): string[] {
	return FIELDS.map(({ name }) => {
		const value = record[name];
		return Array.isArray(value) ? value.join(' | ') : value;
	});
}
