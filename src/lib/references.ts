/**
 * Strict checking of `reference()` fields.
 *
 * Astro only logs a broken reference and hands back `undefined`, so a typo in an id would
 * publish a page with a missing link. This module walks every entry's data, finds each
 * reference (an object of the shape `{ collection, id }`), and reports the ones that name
 * no entry, with the file, the field, the bad id, the nearest valid id and all valid ids.
 */

/** What a reference field holds once Astro has parsed it. */
export interface ReferenceValue {
	collection: string;
	id: string;
}

/** The little we need to know of an entry to check its references. */
export interface CheckableEntry {
	collection: string;
	id: string;
	/** Path of the source file, relative to the project root, for the error message. */
	filePath?: string;
	data: unknown;
}

/** One broken reference, with everything a maintainer needs to fix it. */
export interface BrokenReference {
	file: string;
	field: string;
	badId: string;
	collection: string;
	suggestion?: string;
	validIds: string[];
}

function isReference(value: unknown): value is ReferenceValue {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as ReferenceValue).collection === 'string' &&
		typeof (value as ReferenceValue).id === 'string' &&
		Object.keys(value).length === 2
	);
}

/** Yields every reference inside `data` with its field path, e.g. `sources[0].id`. */
export function* referencesIn(data: unknown, path = ''): Generator<[string, ReferenceValue]> {
	if (isReference(data)) {
		yield [path, data];
	} else if (Array.isArray(data)) {
		for (const [index, item] of data.entries()) yield* referencesIn(item, `${path}[${index}]`);
	} else if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
		for (const [key, value] of Object.entries(data)) yield* referencesIn(value, path ? `${path}.${key}` : key);
	}
}

/** Levenshtein distance, for suggesting the id a maintainer probably meant. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

/** The valid id closest to `badId`, if any is close enough to be a likely typo. */
export function nearestId(badId: string, validIds: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const id of validIds) {
		const distance = editDistance(badId, id);
		if (distance < bestDistance) [best, bestDistance] = [id, distance];
	}
	// Beyond a third of the id's length the "suggestion" is a guess, not a typo fix.
	return bestDistance <= Math.max(2, Math.ceil(badId.length / 3)) ? best : undefined;
}

/** Every reference in `entries` that names no entry of its collection in `idsByCollection`. */
export function findBrokenReferences(
	entries: Iterable<CheckableEntry>,
	idsByCollection: ReadonlyMap<string, readonly string[]>,
): BrokenReference[] {
	const broken: BrokenReference[] = [];
	for (const entry of entries) {
		for (const [field, ref] of referencesIn(entry.data)) {
			const validIds = idsByCollection.get(ref.collection) ?? [];
			if (validIds.includes(ref.id)) continue;
			broken.push({
				file: entry.filePath ?? `${entry.collection}/${entry.id}`,
				field,
				badId: ref.id,
				collection: ref.collection,
				suggestion: nearestId(ref.id, validIds),
				validIds: [...validIds].sort(),
			});
		}
	}
	return broken;
}

/** The message a maintainer sees for one broken reference. */
export function describeBrokenReference(b: BrokenReference): string {
	const lines = [`${b.file}: field "${b.field}" names "${b.badId}", which is not an id in ${b.collection}.`];
	if (b.suggestion) lines.push(`  Did you mean "${b.suggestion}"?`);
	lines.push(`  Valid ${b.collection} ids: ${b.validIds.join(', ') || '(none yet)'}`);
	return lines.join('\n');
}

/** Thrown to fail the build when any reference is broken. */
export class BrokenReferencesError extends Error {
	constructor(public readonly broken: BrokenReference[]) {
		super(
			`${broken.length} broken reference${broken.length === 1 ? '' : 's'} in content/:\n\n` +
				broken.map(describeBrokenReference).join('\n\n'),
		);
		this.name = 'BrokenReferencesError';
	}
}

/** Throws a BrokenReferencesError listing every broken reference, or returns quietly. */
export function assertReferencesResolve(
	entries: Iterable<CheckableEntry>,
	idsByCollection: ReadonlyMap<string, readonly string[]>,
): void {
	const broken = findBrokenReferences(entries, idsByCollection);
	if (broken.length > 0) throw new BrokenReferencesError(broken);
}
