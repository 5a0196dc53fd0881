/**
 * Which instrument a scan uses. The shipped instruments are data in the code (`$lib/instrument`);
 * an institution may publish its own versions of one, kept in the database and never changed
 * afterwards. A scan stores only key and version, and `instrumentFor` turns that into the
 * document it was run with: the institution's own version of that number when there is one,
 * otherwise the shipped one (docs/decisions/0015-instrument-versions-per-institution.md).
 *
 * @example
 * const instrument = await instrumentFor(db, user.institutionId, scan.instrumentKey, scan.instrumentVersion);
 * const forNewScans = await currentInstrumentFor(db, user.institutionId);
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as versions from './data/instrument-versions';
import * as drafts from './data/instrument-drafts';
import { inTransaction } from '$lib/server/db/transaction';
import { DEFAULT_INSTRUMENT_KEY, latestInstrument, listInstruments, loadInstrument, parseInstrument, type InstrumentKey } from '$lib/instrument';
import { checkInstrumentFor, type InstrumentCheck } from '$lib/instrument/file';
import type { Instrument } from '$lib/instrument/schema';
import type { Language } from '$lib/i18n';
import { actingAs, currentActor } from '$lib/audit/server/actor';

function parseStored(document: string, source: string): Instrument {
	// Stored documents were validated when saved; a failure here is a broken database, not bad input.
	return parseInstrument(JSON.parse(document), source);
}

/**
 * Own versions read and validated before, by institution, key and version: a published version is
 * never changed or deleted (see data/instrument-versions.ts; erasing an institution removes its
 * scans, workshops and surveys with it), so what was read once stays what the database holds.
 */
const ownVersions = new Map<string, Instrument>();
const OWN_VERSIONS_KEPT = 100;

/**
 * The instrument a scan of this institution was (or is) run with; undefined when neither has it.
 * `own` says whether the institution published that version itself, when the caller read it
 * with its scan, workshop or survey (`Scoped.ownInstrument`): a shipped one is then found without
 * asking the database.
 */
export async function instrumentFor(db: Kysely<Database>, institutionId: string, key: string, version: number, own?: boolean): Promise<Instrument | undefined> {
	if (own === false) return loadInstrument(key, version);
	const cached = ownVersions.get(ownVersionKey(institutionId, key, version));
	if (cached) return cached;
	const stored = await versions.get(db, institutionId, key, version);
	if (!stored) return loadInstrument(key, version);
	return parsedOwnVersion(institutionId, key, version, stored.document);
}

const ownVersionKey = (institutionId: string, key: string, version: number) => JSON.stringify([institutionId, key, version]);

/** An own version's document validated once, then kept (see `ownVersions`). */
function parsedOwnVersion(institutionId: string, key: string, version: number, document: string): Instrument {
	const cacheKey = ownVersionKey(institutionId, key, version);
	const cached = ownVersions.get(cacheKey);
	if (cached) return cached;
	const instrument = parseStored(document, `instrument_version ${key}@${version}`);
	ownVersions.set(cacheKey, instrument);
	if (ownVersions.size > OWN_VERSIONS_KEPT) ownVersions.delete(ownVersions.keys().next().value!);
	return instrument;
}

/** What a new scan (or score) of this institution uses: its newest published version, else the shipped one. */
export async function currentInstrumentFor(db: Kysely<Database>, institutionId: string, key: InstrumentKey = DEFAULT_INSTRUMENT_KEY): Promise<Instrument> {
	return (await currentVersionFor(db, institutionId, key)).instrument;
}

/** `currentInstrumentFor`, saying whether it is the institution's own version or the shipped one. */
export async function currentVersionFor(db: Kysely<Database>, institutionId: string, key: InstrumentKey): Promise<{ instrument: Instrument; own: boolean }> {
	const own = await versions.latest(db, institutionId, key);
	// The newest version is still read (a colleague may just have published one); only its validation is kept.
	if (own) return { instrument: parsedOwnVersion(institutionId, key, own.version, own.document), own: true };
	const shipped = latestInstrument(key);
	if (!shipped) throw new Error(`instrument "${key}" is not shipped`);
	return { instrument: shipped, own: false };
}

export interface VersionListing {
	version: number;
	/** 'shipped': comes with the application; 'own': published by this institution. */
	origin: 'shipped' | 'own';
	publishedAt: string | null;
}

/** Every version an institution can see or export, oldest first; an own version shadows a shipped one of the same number. */
export async function versionsFor(db: Kysely<Database>, institutionId: string, key: InstrumentKey = DEFAULT_INSTRUMENT_KEY): Promise<VersionListing[]> {
	const own = await versions.list(db, institutionId, key);
	const ownNumbers = new Set(own.map((row) => row.version));
	const shipped: VersionListing[] = listInstruments()
		.filter((instrument) => instrument.key === key && !ownNumbers.has(instrument.version))
		.map((instrument) => ({ version: instrument.version, origin: 'shipped', publishedAt: null }));
	const mine: VersionListing[] = own.map((row) => ({ version: row.version, origin: 'own', publishedAt: row.publishedAt }));
	return [...shipped, ...mine].sort((a, b) => a.version - b.version);
}

export interface Draft {
	instrument: Instrument;
	basedOnVersion: number;
	updatedAt: string;
}

export async function draftFor(db: Kysely<Database>, institutionId: string, key: InstrumentKey = DEFAULT_INSTRUMENT_KEY): Promise<Draft | undefined> {
	const row = await drafts.get(db, institutionId, key);
	if (!row) return undefined;
	return { instrument: parseStored(row.document, `instrument_draft ${key}`), basedOnVersion: row.basedOnVersion, updatedAt: row.updatedAt };
}

/** Starts a draft as a copy of what new scans use now; false when a draft already exists. */
export async function startDraft(db: Kysely<Database>, institutionId: string, key: InstrumentKey = DEFAULT_INSTRUMENT_KEY): Promise<boolean> {
	const current = await currentInstrumentFor(db, institutionId, key);
	return drafts.create(db, { institutionId, instrumentKey: key, basedOnVersion: current.version, document: JSON.stringify(current) });
}

/**
 * Validates a whole document and, only when it is valid, makes it the draft (creating one based
 * on the current version when there is none: an import). Returns the localised problems otherwise.
 */
export async function saveDraft(
	db: Kysely<Database>,
	institutionId: string,
	document: unknown,
	language: Language,
	key: InstrumentKey = DEFAULT_INSTRUMENT_KEY
): Promise<InstrumentCheck> {
	// The key and the questions are checked here too, not only on import: an edit can never turn a rubric into something else.
	const checked = checkInstrumentFor(document, language, key);
	if (!checked.ok) return checked;
	await inTransaction(db, async (trx) => {
		const existing = await drafts.get(trx, institutionId, key, { lock: true });
		const basedOnVersion = existing?.basedOnVersion ?? (await currentInstrumentFor(trx, institutionId, key)).version;
		await drafts.save(trx, { institutionId, instrumentKey: key, basedOnVersion, document: JSON.stringify(checked.instrument) });
	});
	return checked;
}

/** `saveDraft` for a file an admin uploaded: the audit trail says the change came by import. */
export function importDraft(db: Kysely<Database>, institutionId: string, document: unknown, language: Language, key: InstrumentKey = DEFAULT_INSTRUMENT_KEY): Promise<InstrumentCheck> {
	return actingAs({ ...currentActor(), via: 'import' }, () => saveDraft(db, institutionId, document, language, key));
}

export async function discardDraft(db: Kysely<Database>, institutionId: string, key: InstrumentKey = DEFAULT_INSTRUMENT_KEY): Promise<boolean> {
	return drafts.remove(db, institutionId, key);
}

/** The number the next published version gets: after every shipped and every own version. */
export async function nextVersionNumber(db: Kysely<Database>, institutionId: string, key: InstrumentKey = DEFAULT_INSTRUMENT_KEY): Promise<number> {
	const own = await versions.latest(db, institutionId, key);
	return Math.max(own?.version ?? 0, latestInstrument(key)?.version ?? 0) + 1;
}

/**
 * Publishes the draft as the next version and removes the draft, in one transaction. Returns the
 * new version number, or undefined when there was no draft (someone else published it first).
 */
export async function publishDraft(db: Kysely<Database>, institutionId: string, userId: string, key: InstrumentKey = DEFAULT_INSTRUMENT_KEY): Promise<number | undefined> {
	return inTransaction(db, async (trx) => {
		const draft = await drafts.get(trx, institutionId, key, { lock: true });
		if (!draft) return undefined;
		const version = await nextVersionNumber(trx, institutionId, key);
		const instrument = parseStored(draft.document, `instrument_draft ${key}`);
		const document = JSON.stringify({ ...instrument, version });
		await versions.insert(trx, { institutionId, instrumentKey: key, version, document, publishedBy: userId });
		await drafts.remove(trx, institutionId, key);
		return version;
	});
}
