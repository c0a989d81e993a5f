/**
 * Finding broken internal links in built HTML: every `href`, `src` and form `action` that
 * stays on the site must point at a page or file that exists, to an `id` on it where it has
 * a `#fragment`, and inside the site's base path.
 */

/** A link found in a page. */
export interface FoundLink {
	attribute: 'href' | 'src' | 'action';
	url: string;
}

const LINK_ATTRIBUTE = /\s(href|src|action)=("([^"]*)"|'([^']*)')/g;
const ID_ATTRIBUTE = /\sid=("([^"]*)"|'([^']*)')/g;

/** Decodes the few entities Astro writes inside attribute values. */
function decodeAttribute(value: string): string {
	return value.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

/** Every link in a page's HTML, skipping inline `<script>` and `<style>` text. */
export function linksIn(html: string): FoundLink[] {
	const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, (tag) => tag.slice(0, tag.indexOf('>') + 1));
	return [...markup.matchAll(LINK_ATTRIBUTE)].map((m) => ({
		attribute: m[1] as FoundLink['attribute'],
		url: decodeAttribute(m[3] ?? m[4] ?? ''),
	}));
}

/** Every `id` in a page: the targets a `#fragment` may name. */
export function idsIn(html: string): Set<string> {
	return new Set([...html.matchAll(ID_ATTRIBUTE)].map((m) => decodeAttribute(m[2] ?? m[3] ?? '')));
}

/** Whether a URL leaves the site (another origin, mail, phone). */
export function isExternal(url: string): boolean {
	return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/**
 * The file in the build a site path serves, as static hosts do: `/a/` → `a/index.html`,
 * `/a` → `a` or `a/index.html`. Returns the candidates in order.
 */
export function filesFor(pathname: string): string[] {
	const path = decodeURIComponent(pathname).replace(/^\/+/, '');
	if (path === '' || path.endsWith('/')) return [`${path}index.html`];
	return [path, `${path}/index.html`];
}
