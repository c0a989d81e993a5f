/** /data/cases.json: every case as open data (fields documented at /data/). */
import type { APIRoute } from 'astro';
import { getEvidenceBase } from '../../lib/evidence-base';
import { caseRecords } from '../../lib/open-data';
import { absoluteUrl } from '../../lib/citable';
import { entryHref } from '../../lib/urls';

export const GET: APIRoute = async () => {
	const records = caseRecords(await getEvidenceBase(), (id) => absoluteUrl(entryHref('cases', id)));
	return new Response(`${JSON.stringify({ licence: 'CC BY 4.0 (see /data/)', cases: records }, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
