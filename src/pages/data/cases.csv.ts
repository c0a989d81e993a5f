/**
 * /data/cases.csv: every case as one CSV row, for a spreadsheet. Written by csv-stringify,
 * which quotes and escapes to RFC 4180 so commas, quotation marks and line breaks in the
 * text survive.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getEvidenceBase } from '../../lib/evidence-base';
import { caseRecords, csvCells, FIELDS } from '../../lib/open-data';
import { absoluteUrl } from '../../lib/citable';
import { entryHref } from '../../lib/urls';

export const GET: APIRoute = async () => {
	const records = caseRecords(await getEvidenceBase(), (id) => absoluteUrl(entryHref('cases', id)));
	const csv = stringify([FIELDS.map((f) => f.name), ...records.map(csvCells)], { bom: true });
	return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
