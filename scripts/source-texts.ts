/**
 * Where the source texts are, and which text each record in content/sources.yaml is written
 * from. The texts are copyrighted and live outside the repository, in ../shared/sources/;
 * the checks that need them are skipped where that folder is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const SOURCES_DIR = join('..', 'shared', 'sources');

/** The text behind each whole publication; a chapter reads its book's text (`in`). */
const TEXT_OF_PUBLICATION: Record<string, string> = {
	'balloch-taylor-2001': '000_bc4c1923544aa406.txt',
	'ahmad-et-al-2004': '001_dbdf23c982925f12.txt',
	'carnwell-buchanan-2005': '002_12720b3497f28210.txt',
	'jrf-local-service-partnerships': '003_176e8e739d4fcce9.txt',
	'tett-2005': '004_36713a9c6dbfae87.txt',
};

/** Whether the source texts are on this machine. */
export const haveSourceTexts = existsSync(SOURCES_DIR);

/** Source id → the file name of its text, for every record in content/sources.yaml that has one. */
export function sourceTextFiles(sourcesYaml = 'content/sources.yaml'): Map<string, string> {
	const records = parse(readFileSync(sourcesYaml, 'utf8')) as { id: string; in?: string }[];
	const files = new Map<string, string>();
	for (const record of records) {
		const file = TEXT_OF_PUBLICATION[record.id] ?? (record.in ? TEXT_OF_PUBLICATION[record.in] : undefined);
		if (file) files.set(record.id, file);
	}
	return files;
}

/** The text of one source file. */
export function readSourceText(file: string): string {
	return readFileSync(join(SOURCES_DIR, file), 'utf8');
}
