/**
 * How a search result reads: what kind of page it is, for a case where and when, its summary,
 * and the section that matched. Pure functions over what Pagefind returns, so the search
 * page's script stays small and this stays tested.
 */

/** The part of Pagefind's result data the results list uses. */
export interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

/** A result as the list shows it. */
export interface ResultView {
	title: string;
	url: string;
	/** "Case study", "Barrier", … */
	type?: string;
	/** For a case: "Wrexham, North Wales · Wales · 1999–2004". */
	facts?: string;
	summary?: string;
	/** The section of the page that matched best, when it is not the page's top. */
	section?: { title: string; url: string; excerpt: string };
	/** What matched, where no section did. */
	excerpt: string;
}

/** A piece of an excerpt: plain text, or a matched word to highlight. */
export interface ExcerptPiece {
	text: string;
	marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
const decode = (text: string) => text.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (entity, code: string) => {
	if (code.startsWith('#x')) return String.fromCodePoint(parseInt(code.slice(2), 16));
	if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
	return ENTITIES[code] ?? entity;
});

/**
 * An excerpt as text pieces, with Pagefind's `<mark>` kept as the only markup, so the page
 * builds text nodes and never parses HTML from the index.
 */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
	return excerpt
		.split(/(<mark>[\s\S]*?<\/mark>)/)
		.filter(Boolean)
		.map((part) => {
			const marked = part.startsWith('<mark>');
			return { text: decode(part.replace(/<[^>]*>/g, '')), marked };
		})
		.filter((piece) => piece.text.length > 0);
}

/**
 * A period summed up for a results line: the span of years its opening clause gives
 * ("2003–2004 (review began in 2003 …)" → "2003–2004"), else of every year it mentions;
 * "Period not stated" where the source gives none.
 */
export function periodYears(period: string): string {
	if (/^not stated/i.test(period.trim())) return 'Period not stated';
	const yearsIn = (text: string) => [...text.matchAll(/\b(19[4-9]\d|20[0-4]\d)\b/g)].map((m) => Number(m[1]));
	const opening = period.split(/\(|\.\s+(?=[A-Z])/)[0];
	const years = yearsIn(opening).length ? yearsIn(opening) : yearsIn(period);
	if (years.length === 0) return period.slice(0, 40);
	const [first, last] = [Math.min(...years), Math.max(...years)];
	return first === last ? String(first) : `${first}–${last}`;
}

/** The section that matched best: the sub-result with most hits that is not the page's top. */
function bestSection(data: ResultData): ResultView['section'] {
	const sections = (data.sub_results ?? []).filter((s) => s.url.includes('#'));
	if (sections.length === 0) return undefined;
	const best = sections.reduce((a, b) => ((b.locations?.length ?? 0) > (a.locations?.length ?? 0) ? b : a));
	return { title: best.title, url: best.url, excerpt: best.excerpt };
}

/** A Pagefind result as the list shows it. */
export function viewOfResult(data: ResultData): ResultView {
	const { meta } = data;
	const facts = [meta.place, meta.nation, meta.period].filter(Boolean).join(' · ');
	return {
		title: meta.title ?? data.url,
		url: data.url,
		type: meta.type,
		facts: facts || undefined,
		summary: meta.summary,
		section: bestSection(data),
		excerpt: data.excerpt,
	};
}
