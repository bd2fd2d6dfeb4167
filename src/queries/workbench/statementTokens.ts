import type { DuckDB } from './duckdbDialect';

export type SyntaxNode = ReturnType<typeof DuckDB.language.parser.parse>['topNode'];

const WORDS = new Set(['Keyword', 'Identifier', 'Type', 'Builtin', 'Bool', 'Null']);
const SKIPPED = new Set(['LineComment', 'BlockComment', ';', '(', ')']);

// Read from the text rather than the tokens: the tokenizer splits `_name`, names in letters
// other than ASCII and `"a""b"` into several nodes, and may call a name such as `range` a Keyword.
const PART = String.raw`(?:"(?:[^"]|"")*"|[\p{L}_][\p{L}\p{M}\p{N}_$]*)`;
const QUALIFIED_NAME = new RegExp(String.raw`${PART}(?:\s*\.\s*${PART})*`, 'uy');
const NAME_PART = new RegExp(PART, 'gu');

/** The parts of a qualified name, unquoted and lower-cased: DuckDB ignores case even in quotes. */
const nameParts = (name: string) =>
  Array.from(name.matchAll(NAME_PART), ([part]) =>
    (part.startsWith('"') ? part.slice(1, -1).replaceAll('""', '"') : part).toLowerCase(),
  );

/** The significant tokens of a statement (or of the inside of parentheses), read in order. */
export class Tokens {
  private at = 0;

  constructor(
    private readonly sql: string,
    private readonly nodes: readonly SyntaxNode[],
  ) {}

  /**
   * The tokens inside a node, those of its statements included: error recovery can leave a
   * token that starts the text outside the statement.
   */
  static of(sql: string, parent: SyntaxNode): Tokens {
    const nodes: SyntaxNode[] = [];
    const add = (node: SyntaxNode) => {
      for (let child = node.firstChild; child; child = child.nextSibling)
        if (child.name === 'Statement') add(child);
        else if (!SKIPPED.has(child.name)) nodes.push(child);
    };
    add(parent);
    return new Tokens(sql, nodes);
  }

  inside(parens: SyntaxNode): Tokens {
    return Tokens.of(this.sql, parens);
  }

  get done(): boolean {
    return this.at >= this.nodes.length;
  }

  /** The first word of the rest, or its first characters when it is not a word. */
  get lead(): string {
    const node = this.nodes[this.at];
    return node ? (/[^\s(]*/y.exec(this.sql.slice(node.from))?.[0] ?? '').toUpperCase() : '';
  }

  private wordAt(index: number): string | null {
    const node = this.nodes[index];
    return node && WORDS.has(node.name) ? this.sql.slice(node.from, node.to).toUpperCase() : null;
  }

  /** Takes these words if they come next (upper case), and says whether it did. */
  take(...words: string[]): boolean {
    if (!words.every((word, i) => this.wordAt(this.at + i) === word)) return false;
    this.at += words.length;
    return true;
  }

  takeOneOf(words: ReadonlySet<string>): string | null {
    const word = this.wordAt(this.at);
    if (word === null || !words.has(word)) return null;
    this.at++;
    return word;
  }

  /** Whether any of these words comes in the rest. */
  includes(words: ReadonlySet<string>): boolean {
    for (let i = this.at; i < this.nodes.length; i++)
      if (words.has(this.wordAt(i) ?? '')) return true;
    return false;
  }

  takeWord(): string | null {
    const word = this.wordAt(this.at);
    if (word !== null) this.at++;
    return word;
  }

  takeParens(): SyntaxNode | null {
    const node = this.nodes[this.at];
    if (node?.name !== 'Parens') return null;
    this.at++;
    return node;
  }

  takeComma(): boolean {
    const node = this.nodes[this.at];
    if (!node || this.sql.slice(node.from, node.to) !== ',') return false;
    this.at++;
    return true;
  }

  /** A qualified name's parts, or null when no name comes next. */
  takeName(): string[] | null {
    const node = this.nodes[this.at];
    if (!node) return null;
    QUALIFIED_NAME.lastIndex = node.from;
    const name = QUALIFIED_NAME.exec(this.sql)?.[0];
    if (name === undefined) return null;
    const end = node.from + name.length;
    while (this.nodes[this.at] && this.nodes[this.at]!.from < end) this.at++;
    return nameParts(name);
  }

  /** The unqualified name of an object. */
  takeTarget(): string | null {
    return this.takeName()?.at(-1) ?? null;
  }

  takeTargets(): string[] | null {
    const targets: string[] = [];
    do {
      const target = this.takeTarget();
      if (target === null) return null;
      targets.push(target);
    } while (this.takeComma());
    return targets;
  }
}
