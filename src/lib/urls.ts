/**
 * Internal URLs, always through here so that a sub-path build (SITE_BASE) is honoured
 * by every link. URLs are part of the interface: people cite them.
 */

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site-relative path with the base prefixed: `href('cases/easton/')`. */
export function href(path = ''): string {
	return BASE + path.replace(/^\//, '');
}

/** The URL segment of each collection that has pages. */
export const SEGMENT = {
	cases: 'cases',
	barriers: 'barriers',
	principles: 'principles',
	'client-groups': 'client-groups',
	guides: 'guides',
	sources: 'sources',
} as const;

/** The page of an entry: `/barriers/short-term-funding/`. */
export function entryHref(collection: keyof typeof SEGMENT, id: string): string {
	return href(`${SEGMENT[collection]}/${id}/`);
}
