import { APP_ALIASES, lookupKey } from '../../domain/appAliases';
import { appLabel } from '../../domain/apps';
import { STORE_ALIASES } from '../../domain/stores';
import type { CanonicalField, ColumnMapping, FileKind } from '../types';
import { HEADER_SYNONYMS, KIND_FIELDS, REQUIRED_FIELDS } from './headerSynonyms';

export interface HeaderMapping {
  /** One entry per column, in file order; `field` is null for a column left out. */
  readonly mapping: ColumnMapping[];
  /** Required fields with no column; where either of two will do, both are listed. */
  readonly missing: CanonicalField[];
  /** Headers of the columns left out, as written (the pipeline warns about them). */
  readonly unknown: string[];
  /** Why a column that looked like a field was left out (a second date column, ...). */
  readonly notes: string[];
}

export interface KindDetection extends HeaderMapping {
  readonly kind: FileKind | null;
  /** One sentence: what was detected, or why nothing was. */
  readonly reason: string;
}

type Rows = readonly (readonly string[])[];

/** Kinds in the order that breaks a tie between equally well mapped headers. */
const KINDS: readonly FileKind[] = ['app_rankings', 'app_rankings_wide', 'hashtag_views', 'events'];

const KIND_LABELS: Record<FileKind, string> = {
  app_rankings: 'app rankings',
  app_rankings_wide: 'app rankings in wide form (one column per app)',
  hashtag_views: 'hashtag views',
  events: 'events',
};

const FIELD_LABELS: Partial<Record<CanonicalField, string>> = {
  date: 'a date',
  observed_at: 'a date or time',
  app: 'an app',
  rank: 'a rank or downloads',
  hashtag: 'a hashtag',
  views: 'view counts',
  label: 'an event label',
};

const allKeys = (names: readonly string[]) => names.map(lookupKey).filter((key) => key !== '');

/** Every header key that names some field: such a column is never an app of a wide file. */
const SYNONYM_KEYS = new Set(Object.values(HEADER_SYNONYMS).flatMap(allKeys));

const APP_IDS = new Map<string, string>(
  Object.entries(APP_ALIASES).flatMap(([id, names]) =>
    allKeys([id, appLabel(id), ...names]).map((key) => [key, id]),
  ),
);

const STORE_KEYS = new Set(allKeys(Object.entries(STORE_ALIASES).flat(2)));
const PLATFORM_KEY = lookupKey('platform');

/** Header key -> field, for the fields a kind reads (KIND_FIELDS keeps each key unambiguous). */
function fieldsByKey(kind: FileKind): Map<string, CanonicalField> {
  const fields = Object.entries(KIND_FIELDS[kind]) as [CanonicalField, CanonicalField[]][];
  return new Map(
    fields.flatMap(([field, groups]) =>
      allKeys(groups.flatMap((group) => HEADER_SYNONYMS[group])).map((key) => [key, field]),
    ),
  );
}

/** Lower case, runs of anything but letters and digits as `-`: SQL's `dw_slug`. */
export function appSlug(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Maps a header for a kind the user chose (or that `detectKind` tries). */
export function mapHeader(
  header: readonly string[],
  kind: FileKind,
  sampleRows?: Rows,
): HeaderMapping {
  const fieldOfKey = fieldsByKey(kind);
  const notes: string[] = [];
  const taken = new Map<string, string>();
  const hasAppColumn = header.some((cell) => fieldOfKey.get(lookupKey(cell)) === 'app');
  const mapping = header.map((cell, index): ColumnMapping => {
    const written = cell.replace(/^\uFEFF/, '').trim();
    const key = lookupKey(written);
    let field: ColumnMapping['field'] = fieldOfKey.get(key) ?? null;
    if (field === 'store' && key === PLATFORM_KEY && !holdsStores(sampleRows, index)) {
      // Some exports call the app "platform" (TikTok, RedNote): read it so when nothing else is.
      if (kind === 'app_rankings' && !hasAppColumn) {
        notes.push(`Column "${written}" holds app names, not stores: it is read as the app.`);
        field = 'app';
      } else {
        notes.push(`Column "${written}" holds no store names (iOS, Android, …): it was left out.`);
        field = null;
      }
    }
    if (field === null && kind === 'app_rankings_wide' && key !== '' && !SYNONYM_KEYS.has(key)) {
      const app = APP_IDS.get(key) ?? appSlug(written);
      field = app === '' ? null : `app:${app}`;
    }
    const first = field === null ? undefined : taken.get(field);
    if (field !== null && first !== undefined) {
      notes.push(
        `Columns "${first}" and "${written}" both look like ${field}: "${first}" is used.`,
      );
      field = null;
    }
    if (field !== null) taken.set(field, written);
    return { header: written, index, field };
  });
  return {
    mapping,
    missing: missingFields(kind, mapping),
    unknown: mapping.filter((m) => m.field === null).map((m) => m.header),
    notes,
  };
}

/** Which kind of file a header (and a few rows, for the `platform` column) most likely belongs to. */
export function detectKind(header: readonly string[], sampleRows?: Rows): KindDetection {
  const tries = KINDS.map((kind) => ({ kind, ...mapHeader(header, kind, sampleRows) }));
  const fitting = tries.filter((t) => t.missing.length === 0);
  if (fitting.length > 0) {
    const best = fitting.reduce((a, b) => (mappedCount(b) > mappedCount(a) ? b : a));
    const mapped = best.mapping.filter((m) => m.field !== null).map((m) => m.header);
    return { ...best, reason: `Detected ${KIND_LABELS[best.kind]} from ${mapped.join(', ')}.` };
  }
  // Slugs of unknown names are no evidence: judge closeness by recognised columns only.
  const closest = tries.reduce((a, b) => {
    const [unmetA, unmetB] = [unmetGroups(a).length, unmetGroups(b).length];
    if (unmetA !== unmetB) return unmetB < unmetA ? b : a;
    if (recognised(a) !== recognised(b)) return recognised(b) > recognised(a) ? b : a;
    return a.kind === 'app_rankings_wide' ? b : a;
  });
  return { ...closest, kind: null, reason: failureReason(header, closest) };
}

interface Attempt extends HeaderMapping {
  readonly kind: FileKind;
}

const mappedCount = (attempt: HeaderMapping) =>
  attempt.mapping.filter((m) => m.field !== null).length;

/** Columns mapped by a synonym or a known app's name, not by the slug of an unknown name. */
const recognised = (attempt: HeaderMapping) =>
  attempt.mapping.filter(
    (m) => m.field !== null && (!m.field.startsWith('app:') || APP_IDS.has(lookupKey(m.header))),
  ).length;

/** The required groups an attempt misses; a wide file's app columns count as one more group. */
function unmetGroups({ kind, missing }: Attempt): (readonly CanonicalField[])[] {
  const appColumns: readonly CanonicalField[] = ['app'];
  const groups = [...REQUIRED_FIELDS[kind], ...(kind === 'app_rankings_wide' ? [appColumns] : [])];
  return groups.filter((group) => group.some((field) => missing.includes(field)));
}

function missingFields(kind: FileKind, mapping: readonly ColumnMapping[]): CanonicalField[] {
  const fields = new Set(mapping.map((m) => m.field));
  const missing = REQUIRED_FIELDS[kind].filter((group) => !group.some((f) => fields.has(f))).flat();
  if (kind === 'app_rankings_wide') {
    const apps = mapping.filter((m) => m.field?.startsWith('app:'));
    const known = apps.some((m) => APP_IDS.has(lookupKey(m.header)));
    if (apps.length < 2 || !known) missing.push('app');
  }
  return missing;
}

/** Whether most non-blank sample values of a column name a store; true without a sample. */
function holdsStores(rows: Rows | undefined, index: number): boolean {
  const values = (rows ?? []).map((row) => lookupKey(row[index] ?? '')).filter((v) => v !== '');
  return values.filter((v) => STORE_KEYS.has(v)).length * 2 >= values.length;
}

function failureReason(header: readonly string[], closest: Attempt): string {
  const cells = header.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (cells.length === 0) return 'The file has no header row.';
  const named = cells.some((cell) => SYNONYM_KEYS.has(lookupKey(cell)));
  if (!named && cells.some((cell) => /^[\d.,:/ -]+$/.test(cell))) {
    const start = cells.slice(0, 3).join(', ') + (cells.length > 3 ? ', …' : '');
    return `The first row (${start}) looks like data, not a header: add a header row such as date,app,rank.`;
  }
  const [group = ['date']] = unmetGroups(closest);
  if (group[0] === 'app' && closest.kind === 'app_rankings_wide') {
    return 'App rankings in wide form need two or more app columns, at least one named after a known app (TikTok, RedNote, Lemon8, …).';
  }
  const what = FIELD_LABELS[group[0] ?? 'date'] ?? group.join(' or ');
  // Every kind needs a date, so a missing date needs no kind named.
  const kind = group.includes('date') ? '' : ` (needed for ${KIND_LABELS[closest.kind]})`;
  const examples = group.flatMap((field) => HEADER_SYNONYMS[field].slice(0, 4)).join(', ');
  return `No column looks like ${what}${kind}: expected one of ${examples}, …`;
}
