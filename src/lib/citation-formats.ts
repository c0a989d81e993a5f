/**
 * Every citation format the site offers, rendered from one CSL item by citation-js: Harvard
 * and APA text for reading, BibTeX, RIS and CSL-JSON files for reference managers. Build-time
 * only (it runs in the static endpoints and pages, never in a reader's browser).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl';

/** The files offered for download, by file extension, with their media types. */
export const CITATION_FILES = {
	bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
	ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
	json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export type CitationFile = keyof typeof CITATION_FILES;

/** A download's text: BibTeX, RIS or CSL-JSON. */
export function citationFile(item: CslItem, file: CitationFile): string {
	if (file === 'json') return `${JSON.stringify([item], null, 2)}\n`;
	return new Cite(item).format(file === 'bib' ? 'bibtex' : 'ris', { format: 'text' }).trim() + '\n';
}

/** A reference-list entry in a citation style, as plain text. */
export function citationText(item: CslItem, style: 'harvard1' | 'apa'): string {
	return new Cite(item).format('bibliography', { template: style, lang: 'en-GB', format: 'text' }).trim();
}
