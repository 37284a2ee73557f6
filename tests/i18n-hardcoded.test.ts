import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Words a user reads or hears must come from the catalogs (public/_locales), so the interface
 * can speak Spanish (issue #15). This finds words written straight into the code of every page
 * and component: the popup, the side panel, the print page and what they draw.
 */

const ROOT = resolve(import.meta.dirname, '..');

/** Every page and component: a folder (every .ts/.tsx file in it, and below) or one file. */
const CONVERTED = ['components', 'entrypoints'];

/** Files that may keep words in the code, and why (none: every page has its translator now). */
const NOT_YET: Readonly<Record<string, string>> = {};

function sourceFiles(path: string): string[] {
  if (/\.tsx?$/.test(path)) return [path];
  return readdirSync(join(ROOT, path), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(path, d.name)) : /\.tsx?$/.test(d.name) ? [join(path, d.name)] : [],
  );
}

/** Attributes a user reads or hears. */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription']);

/** Calls whose text a user reads or hears: live-region announcements and status or error setters. */
const SPEAKING_CALLS = /^(say|announce|setStatus|setError|setMessage|setNotice|setProblem|setAnnouncement)$/;

/** Two letters or more: a word, not punctuation or an arrow. */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);
/** A sentence or a capitalized word ("Could not copy.", "Encrypting…"), not an id or a kind ("error", "log"). */
const sentenceLike = (text: string) => /\p{L}{2,}\s+\p{L}{2,}/u.test(text) || /^\s*\p{Lu}\p{Ll}+/u.test(text);

/** The text of a string or template literal; a template's substitutions read "…". */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
  return undefined;
}

/**
 * The literals an expression can evaluate to, followed through `a ? b : c`, `a || b`, `a ?? b`,
 * `a && b`, parentheses, template parts and object literals — not into calls: `t('key')` and
 * `field('seen')` take ids, not words.
 */
function valueLiterals(node: ts.Node): string[] {
  const text = literalText(node);
  if (text !== undefined) {
    const inner = ts.isTemplateExpression(node) ? node.templateSpans.flatMap((s) => valueLiterals(s.expression)) : [];
    return [text, ...inner];
  }
  if (ts.isParenthesizedExpression(node)) return valueLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...valueLiterals(node.whenTrue), ...valueLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node) && /^(\|\||\?\?|&&)$/.test(node.operatorToken.getText())) return valueLiterals(node.right);
  if (ts.isObjectLiteralExpression(node))
    return node.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? valueLiterals(p.initializer) : []));
  return [];
}

/** Words written straight into the markup, or into what is announced, instead of coming from the catalogs. */
function hardCodedWords(file: string, code = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const values = ts.isStringLiteral(init)
        ? [init.text]
        : ts.isJsxExpression(init) && init.expression
          ? valueLiterals(init.expression)
          : [];
      found.push(...values.filter(hasWords).map((v) => `${node.name.getText()}="${v}"`));
    }
    // A child expression ({'…'}, {a ? '…' : x}, {`…${x}`}); attribute values are checked above.
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      found.push(...valueLiterals(node.expression).filter(hasWords));
    if (ts.isCallExpression(node) && SPEAKING_CALLS.test(node.expression.getText()))
      found.push(
        ...node.arguments
          .flatMap(valueLiterals)
          .filter(sentenceLike)
          .map((v) => `${node.expression.getText()}("${v}")`),
      );
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Key names read the same in both languages here (Enter, Ctrl, Alt, Shift), as does TTY.
  return found.filter((w) => !/^(Enter|Ctrl\+Enter|Alt\+Enter|Shift\+Enter|Shift ×3|Esc|Tab|TTY)$/.test(w));
}

const files = CONVERTED.flatMap(sourceFiles).filter((f) => !(f in NOT_YET));

describe('no words hard-coded in the converted interface', () => {
  it.each(files)('%s', (file) => {
    expect(hardCodedWords(file)).toEqual([]);
  });
});

describe('the scanner', () => {
  it('finds words in markup, in read attributes, in branches and templates, and in what is announced', () => {
    const found = hardCodedWords(
      'probe.tsx',
      `
      export const A = ({ n, on }: { n: number; on: boolean }) => (
        <p aria-label={on ? 'Seen' : t('x')} title="Red flag" class={on ? 'bar empty' : 'bar'}>
          Hello {on ? t('ok') : 'No date'} {\`\${n} red flags\`} {'Plain'} {field('seen')} {t('obs_done')} {' · '}
        </p>
      );
      function f() { setError('Something went wrong.'); say(\`Copied \${what}.\`); setMessage({ ok: true, text: 'Encrypting…' }); setView('log'); setError(t('key')); say(why, 'error'); }
    `,
    );
    expect(found).toEqual([
      'aria-label="Seen"',
      'title="Red flag"',
      'Hello',
      'No date',
      '… red flags',
      'Plain',
      'setError("Something went wrong.")',
      'say("Copied ….")',
      'setMessage("Encrypting…")',
    ]);
  });
});
