/**
 * /cases/<id>/cite.bib, .ris and .json (likewise for guides and sources): a page's citation
 * as a file a reference manager imports, rendered from its CSL item by citation-js.
 */
import type { APIRoute } from 'astro';
import { getEvidenceBase } from '../../../lib/evidence-base';
import { citablePages, type CitableSection } from '../../../lib/citable';
import { CITATION_FILES, citationFile, type CitationFile } from '../../../lib/citation-formats';
import type { CslItem } from '../../../lib/csl';

export async function getStaticPaths() {
	const base = await getEvidenceBase();
	return citablePages(base).flatMap(({ section, id, item }) =>
		(Object.keys(CITATION_FILES) as CitationFile[]).map((format) => ({ params: { section, id, format }, props: { item } })),
	);
}

export const GET: APIRoute<{ item: CslItem }, { section: CitableSection; id: string; format: CitationFile }> = ({ props, params }) =>
	new Response(citationFile(props.item, params.format), { headers: { 'content-type': CITATION_FILES[params.format].type } });
