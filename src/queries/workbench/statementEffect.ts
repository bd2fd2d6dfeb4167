import { DuckDB } from './duckdbDialect';
import { splitStatements } from './splitStatements';
import { Tokens } from './statementTokens';

export type StatementEffect =
  | { readonly kind: 'read' }
  | { readonly kind: 'write'; readonly verb: string; readonly targets: readonly string[] };

type Rule = (tokens: Tokens) => StatementEffect;

const READ: StatementEffect = { kind: 'read' };

/** No targets (null) is a write whose objects cannot be told. */
function write(verb: string, targets: string | readonly string[] | null = null): StatementEffect {
  const list = typeof targets === 'string' ? [targets] : (targets ?? []);
  return { kind: 'write', verb, targets: [...new Set(list)] };
}

const READ_VERBS = new Set(
  `SELECT FROM VALUES TABLE PIVOT PIVOT_WIDER UNPIVOT PIVOT_LONGER DESCRIBE DESC SHOW SUMMARIZE
   PRAGMA SET RESET CALL BEGIN COMMIT END ROLLBACK ABORT CHECKPOINT USE ATTACH DETACH LOAD INSTALL
   VACUUM ANALYZE ANALYSE`.split(/\s+/),
);
const ANALYZE = new Set(['ANALYZE', 'ANALYSE']);
const PERSISTENCE = new Set(['TEMP', 'TEMPORARY', 'PERSISTENT']);
const KINDS = 'TABLE VIEW MACRO FUNCTION SEQUENCE TYPE SCHEMA SECRET INDEX'.split(' ');
const CREATED = new Set(KINDS.filter((kind) => kind !== 'INDEX'));
const DROPPED = new Set(KINDS);
const ALTERED = new Set([...KINDS, 'DATABASE']);
const COMMENTED = new Set([...KINDS, 'COLUMN', 'DATABASE']);

/** `[TEMP] TABLE`, `PERSISTENT SECRET`, `MACRO TABLE`: the kind of object, as written. */
function takeKind(tokens: Tokens, kinds: ReadonlySet<string>): string | null {
  const persistence = tokens.takeOneOf(PERSISTENCE);
  const kind = tokens.takeOneOf(kinds);
  if (kind === null) return null;
  const macroTable = kind === 'MACRO' && tokens.take('TABLE');
  return [persistence, kind, macroTable ? 'TABLE' : null].filter(Boolean).join(' ');
}

function effectOf(tokens: Tokens): StatementEffect {
  const parens = tokens.takeParens();
  if (parens) return effectOf(tokens.inside(parens));
  if (tokens.done) return READ;
  const lead = tokens.lead;
  const verb = tokens.takeWord();
  if (verb !== null && READ_VERBS.has(verb)) return READ;
  const rule = verb === null ? undefined : RULES.get(verb);
  return rule ? rule(tokens) : write(lead);
}

function insertEffect(tokens: Tokens): StatementEffect {
  let verb = 'INSERT';
  if (tokens.take('OR', 'REPLACE')) verb += ' OR REPLACE';
  else if (tokens.take('OR', 'IGNORE')) verb += ' OR IGNORE';
  return write(verb, tokens.take('INTO') ? tokens.takeTarget() : null);
}

function truncateEffect(tokens: Tokens): StatementEffect {
  tokens.take('TABLE');
  return write('TRUNCATE', tokens.takeTargets());
}

function copyEffect(tokens: Tokens): StatementEffect {
  if (tokens.takeParens()) return tokens.take('TO') ? READ : write('COPY');
  if (tokens.take('FROM', 'DATABASE')) return write('COPY FROM DATABASE');
  const target = tokens.takeTarget();
  tokens.takeParens();
  if (tokens.take('TO')) return READ;
  return tokens.take('FROM') ? write('COPY FROM', target) : write('COPY');
}

function createEffect(tokens: Tokens): StatementEffect {
  const verb = tokens.take('OR', 'REPLACE') ? 'CREATE OR REPLACE' : 'CREATE';
  const index = tokens.take('UNIQUE', 'INDEX')
    ? 'UNIQUE INDEX'
    : tokens.take('INDEX')
      ? 'INDEX'
      : null;
  if (index !== null) return indexEffect(tokens, `${verb} ${index}`);
  const kind = takeKind(tokens, CREATED);
  if (kind === null) return write(verb);
  tokens.take('IF', 'NOT', 'EXISTS');
  return write(`${verb} ${kind}`, tokens.takeTarget());
}

/** `CREATE INDEX [name] ON table`: the table is what changes. */
function indexEffect(tokens: Tokens, verb: string): StatementEffect {
  tokens.take('IF', 'NOT', 'EXISTS');
  if (!tokens.take('ON')) {
    tokens.takeName();
    if (!tokens.take('ON')) return write(verb);
  }
  return write(verb, tokens.takeTarget());
}

function dropEffect(tokens: Tokens): StatementEffect {
  const kind = takeKind(tokens, DROPPED);
  if (kind === null) return write('DROP');
  tokens.take('IF', 'EXISTS');
  return write(`DROP ${kind}`, tokens.takeTargets());
}

function alterEffect(tokens: Tokens): StatementEffect {
  const kind = takeKind(tokens, ALTERED);
  if (kind === null) return write('ALTER');
  tokens.take('IF', 'EXISTS');
  return write(`ALTER ${kind}`, tokens.takeTarget());
}

function commentEffect(tokens: Tokens): StatementEffect {
  if (!tokens.take('ON')) return write('COMMENT');
  const kind = takeKind(tokens, COMMENTED);
  const parts = tokens.takeName();
  // A column's name is qualified by its table's: the table is what changes.
  const target = parts?.at(kind === 'COLUMN' ? -2 : -1) ?? null;
  return write('COMMENT ON', kind === null ? null : target);
}

function explainEffect(tokens: Tokens): StatementEffect {
  if (tokens.takeOneOf(ANALYZE)) return effectOf(tokens);
  const options = tokens.takeParens();
  if (options && tokens.inside(options).includes(ANALYZE)) return effectOf(tokens);
  return READ;
}

/** A CTE list, then the main statement. A CTE that writes (PostgreSQL's kind) writes too. */
function withEffect(tokens: Tokens): StatementEffect {
  tokens.take('RECURSIVE');
  do {
    if (!tokens.takeName()) return write('WITH');
    tokens.takeParens();
    if (tokens.take('USING', 'KEY')) tokens.takeParens();
    if (!tokens.take('AS')) return write('WITH');
    if (!tokens.take('NOT', 'MATERIALIZED')) tokens.take('MATERIALIZED');
    const body = tokens.takeParens();
    if (!body) return write('WITH');
    const effect = effectOf(tokens.inside(body));
    if (effect.kind === 'write') return effect;
  } while (tokens.takeComma());
  return tokens.done ? write('WITH') : effectOf(tokens);
}

const RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  ['START', (t) => (t.take('TRANSACTION') ? READ : write('START'))],
  ['EXPORT', (t) => (t.take('DATABASE') ? READ : write('EXPORT'))],
  ['FORCE', (t) => (t.take('CHECKPOINT') || t.take('INSTALL') ? READ : write('FORCE'))],
  ['EXPLAIN', explainEffect],
  ['WITH', withEffect],
  ['INSERT', insertEffect],
  ['UPDATE', (t) => write('UPDATE', t.takeTarget())],
  ['DELETE', (t) => write('DELETE', t.take('FROM') ? t.takeTarget() : null)],
  ['TRUNCATE', truncateEffect],
  ['MERGE', (t) => write('MERGE', t.take('INTO') ? t.takeTarget() : null)],
  ['COPY', copyEffect],
  ['DROP', dropEffect],
  ['ALTER', alterEffect],
  ['CREATE', createEffect],
  ['COMMENT', commentEffect],
  ['IMPORT', (t) => write(t.take('DATABASE') ? 'IMPORT DATABASE' : 'IMPORT')],
]);

function effectOfOne(statement: string): StatementEffect {
  return effectOf(Tokens.of(statement, DuckDB.language.parser.parse(statement).topNode));
}

/**
 * Whether a statement can change stored data, and what it changes. Anything not known to only
 * read is a write, and a write whose objects cannot be told has no targets, so that the
 * workbench asks. A text of several statements has the effect of its writes together.
 */
export function statementEffect(statement: string): StatementEffect {
  const writes = splitStatements(statement)
    .map(({ text }) => effectOfOne(text))
    .filter((effect) => effect.kind === 'write');
  if (writes.length <= 1) return writes[0] ?? READ;
  const verb = [...new Set(writes.map((effect) => effect.verb))].join(', ');
  const unknown = writes.some((effect) => effect.targets.length === 0);
  return write(verb, unknown ? null : writes.flatMap((effect) => effect.targets));
}

/** A write to one of `protectedNames`, or a write whose target could not be told (fail safe). */
export function changesProtected(
  effect: StatementEffect,
  protectedNames: ReadonlySet<string>,
): boolean {
  if (effect.kind === 'read') return false;
  if (effect.targets.length === 0) return true;
  const names = new Set(Array.from(protectedNames, (name) => name.toLowerCase()));
  return effect.targets.some((target) => names.has(target));
}
