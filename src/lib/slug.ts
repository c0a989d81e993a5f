/** File names, ids and URL slugs, made the same way everywhere. */

/** "Easton, Bristol: a case" → "easton-bristol-a-case". Accents are folded, not dropped. */
export function slugify(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
