import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, normalize, resolve } from 'node:path';

/** Reading the checked references kept in docs/sources/, so the meta-test holds the guide to them. */

export const ROOT = resolve(import.meta.dirname, '..');

/** True when `path` is a file inside this repository: no absolute path, no way out with "..". */
export function isRepoFile(path: string): boolean {
  if (isAbsolute(path) || normalize(path).startsWith('..')) return false;
  return existsSync(resolve(ROOT, path));
}

export function readDoc(path: string): string {
  return readFileSync(resolve(ROOT, path), 'utf8');
}

const cleanWord = (w: string) =>
  w
    .replace(/\s+—\s+see also.*$/, '') // "trap (money) — see also *trap house*" → "trap (money)"
    .replace(/\s*\([^)]*\)/g, '') // "SCSW (supervisor)" → "SCSW"
    .replace(/["“”]/g, '')
    .trim()
    .toLowerCase();

/** One term of docs/sources/glossary.md: its heading, its variants and its table-C search words. */
export interface GlossaryTerm {
  n: number;
  title: string;
  variants: string[];
  searchWords: string[];
}

export function glossaryTerms(markdown: string): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  // A variants line may wrap onto indented continuation lines.
  for (const m of markdown.matchAll(/^### (\d+)\. (.+)\n- \*\*Variants:\*\* ((?:.+)(?:\n {2}.+)*)/gm)) {
    const variants = (m[3] as string).replace(/\n\s+/g, ' ').split(', ').map(cleanWord);
    terms.push({ n: Number(m[1]), title: m[2] as string, variants, searchWords: [] });
  }
  const tableC = markdown.slice(markdown.indexOf('## C. Exact search words'));
  for (const m of tableC.matchAll(/^\| (\d+) \| [^|]+ \| ([^|]+) \|$/gm)) {
    const t = terms.find((x) => x.n === Number(m[1]));
    if (t) t.searchWords = (m[2] as string).split(', ').map(cleanWord);
  }
  return terms;
}

/** The situations of the crisis reference's short card, in order. */
export function shortCardSituations(markdown: string): string[] {
  const card = markdown.slice(markdown.indexOf('## The short card'), markdown.indexOf('\n---'));
  return [...card.matchAll(/^\| (?!Situation|---)([^|]+) \|/gm)].map((m) => (m[1] as string).replace(/\*\*/g, '').trim());
}

/** Every run of digits (with inner dashes) in a text: "1-800-540-4000", "24", "988". */
export function digitRuns(text: string): string[] {
  return text.match(/\d+(?:-\d+)*/g) ?? [];
}

/** The phone numbers a document gives, as bare digits without the leading 1: "(323) 379-4232" → "3233794232". */
export function documentPhones(text: string): Set<string> {
  const found = text.match(/(?:1-)?\(?\d{3}\)?[ -]?\d{3}-\d{4}/g) ?? [];
  return new Set(found.map(bareDigits));
}

export function bareDigits(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}
