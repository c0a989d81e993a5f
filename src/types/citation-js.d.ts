/** The part of citation-js this site uses; the packages ship no type declarations. */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		format(format: string, options?: Record<string, unknown>): string;
		data: Record<string, unknown>[];
	}
	export const plugins: unknown;
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
