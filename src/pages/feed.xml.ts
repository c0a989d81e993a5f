/** /feed.xml: an RSS feed of cases and guides, newest review first, by Astro's own RSS package. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEvidenceBase } from '../lib/evidence-base';
import { entryHref } from '../lib/urls';

export const GET: APIRoute = async (context) => {
	const { cases, guides } = await getEvidenceBase();
	const items = [...cases.map((e) => ({ e, kind: 'Case study' })), ...guides.map((e) => ({ e, kind: 'Guide' }))]
		.map(({ e, kind }) => ({
			title: e.data.title,
			description: e.data.summary,
			pubDate: e.data.lastReviewed,
			link: entryHref(e.collection, e.id),
			categories: [kind],
		}))
		.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'en-GB'));
	return rss({
		title: 'Joined Up: cases and guides',
		description: 'New and revised case studies and good practice guides on partnership and multi-agency working in the UK.',
		site: new URL(import.meta.env.BASE_URL, context.site),
		items,
		customData: '<language>en-gb</language>',
	});
};
