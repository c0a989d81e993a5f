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

/**
 * Elements whose text is not the page's own use of a term: a link to another page (a list of
 * case titles mentions the case, not the term), navigation and form controls. Without this,
 * every term in a case title would count as used on every page that lists that case.
 */
const NOT_A_USE = new Set(['a', 'nav', 'label', 'option', 'select', 'button']);

/** Elements whose text is never linked: those above, and headings, quotations, code and the like. */
const SKIP = new Set([...NOT_A_USE, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'code', 'pre', 'q', 'blockquote', 'summary', 'textarea', 'abbr', 'data', 'dt', 'title', 'caption', 'th', 'sup']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An apostrophe as it may reach the HTML: typed, typographic, or escaped by Astro. */
const APOSTROPHE = "(?:'|’|&#39;|&#x27;)";

/**
 * A whole-word, case-sensitive pattern for a term and its plural ("YISP" and "YISPs", not
 * "yisp" or "YISPed"); an apostrophe in the term ("Children's Fund") matches however the
 * page wrote it.
 */
function patternFor(term: string): RegExp {
	return new RegExp(`(?<![\\w-])${escapeRegExp(term).replaceAll("'", APOSTROPHE)}s?(?![\\w-])`);
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
	let notUseDepth = 0;
	const main = html.slice(start, end).replace(/(<[^>]+>)|([^<]+)/g, (whole, tag: string | undefined, text: string | undefined) => {
		if (tag) {
			const name = /^<\/?([a-zA-Z0-9]+)/.exec(tag)?.[1]?.toLowerCase();
			if (name && !tag.endsWith('/>')) {
				const step = tag.startsWith('</') ? -1 : 1;
				if (SKIP.has(name)) skipDepth += step;
				if (NOT_A_USE.has(name)) notUseDepth += step;
			}
			return tag;
		}
		let rest = text!;
		if (notUseDepth === 0) for (const t of patterns) if (t.pattern.test(rest)) used.add(t.id);
		if (skipDepth > 0) return rest;
		let out = '';
		for (;;) {
			let first: { index: number; text: string; term: (typeof patterns)[number] } | undefined;
			for (const t of patterns) {
				if (linked.has(t.id)) continue;
				const m = t.pattern.exec(rest);
				if (m && (!first || m.index < first.index)) first = { index: m.index, text: m[0], term: t };
			}
			if (!first) return out + rest;
			linked.add(first.term.id);
			out += `${rest.slice(0, first.index)}<a class="glossary-link" href="${hrefFor(first.term.id)}">${first.text}</a>`;
			rest = rest.slice(first.index + first.text.length);
		}
	});
	return { html: html.slice(0, start) + main + html.slice(end), used: [...used] };
}
