/**
 * Glossary links, made once at build time over the finished HTML: on each page, the first use
 * of each glossary term in the main content becomes a link to its entry. Headings, links,
 * quotations, code, form controls and navigation are left alone, so a link never lands inside
 * another link or changes a quotation.
 */

/** A glossary entry as the linker needs it. */
export interface GlossaryTerm {
	id: string;
	term: string;
}

/** Elements whose text is never linked. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'code', 'pre', 'q', 'blockquote', 'button', 'label', 'summary', 'select', 'option', 'textarea', 'nav', 'abbr', 'data', 'dt', 'title', 'caption', 'th', 'sup']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-sensitive pattern for a term ("YISP" but not "YISPs" or "yisp"). */
function patternFor(term: string): RegExp {
	return new RegExp(`(?<![\\w-])${escapeRegExp(term)}(?![\\w-])`);
}

/**
 * Links the first use of each term inside `<main>`; returns the new HTML and the ids of the
 * terms the page uses (linked or not), so the glossary can list the pages that use each.
 */
export function linkFirstUses(html: string, terms: readonly GlossaryTerm[], hrefFor: (id: string) => string): { html: string; used: string[] } {
	const start = html.indexOf('<main');
	const end = html.lastIndexOf('</main>');
	if (start === -1 || end === -1) return { html, used: [] };
	const patterns = terms.map((t) => ({ ...t, pattern: patternFor(t.term) }));
	const linked = new Set<string>();
	const used = new Set<string>();
	let skipDepth = 0;
	const main = html.slice(start, end).replace(/(<[^>]+>)|([^<]+)/g, (whole, tag: string | undefined, text: string | undefined) => {
		if (tag) {
			const name = /^<\/?([a-zA-Z0-9]+)/.exec(tag)?.[1]?.toLowerCase();
			if (name && SKIP.has(name) && !tag.endsWith('/>')) skipDepth += tag.startsWith('</') ? -1 : 1;
			return tag;
		}
		let rest = text!;
		for (const t of patterns) if (t.pattern.test(rest)) used.add(t.id);
		if (skipDepth > 0) return rest;
		let out = '';
		for (;;) {
			let first: { index: number; term: (typeof patterns)[number] } | undefined;
			for (const t of patterns) {
				if (linked.has(t.id)) continue;
				const m = t.pattern.exec(rest);
				if (m && (!first || m.index < first.index)) first = { index: m.index, term: t };
			}
			if (!first) return out + rest;
			linked.add(first.term.id);
			const { term } = first.term;
			out += `${rest.slice(0, first.index)}<a class="glossary-link" href="${hrefFor(first.term.id)}">${term}</a>`;
			rest = rest.slice(first.index + term.length);
		}
	});
	return { html: html.slice(0, start) + main + html.slice(end), used: [...used] };
}
