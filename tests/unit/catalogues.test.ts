/**
 * Every interface string exists in both languages: the catalogues have the same
 * keys and placeholders, the Vietnamese is not a copy of the English, and no
 * component writes English words straight into its markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { catalogueFiles as filesOf } from '../../scripts/vite/messages-plugin.ts';

const root = process.cwd();
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;

/**
 * The arguments a message uses, with their kind: `name`, `name:number`,
 * `name:choice` (plural, select). A compiled message is a list of parts: text,
 * or `[name, type?, branches?]`, each branch again a list of parts.
 */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (parts: unknown) => {
    if (!Array.isArray(parts)) return;
    for (const part of parts) {
      if (!Array.isArray(part)) continue;
      const [name, type, branches] = part as [string, string?, unknown?];
      names.add(type ? `${name}:${type === 'number' ? 'number' : 'choice'}` : name);
      if (branches && typeof branches === 'object') {
        for (const branch of Object.values(branches)) walk(branch);
      }
    }
  };
  walk(compileMessage(message));
  return [...names].sort();
}

/** Markup tags (`<0>…</0>`) a message carries. */
const tagsOf = (message: string) =>
  [...new Set([...message.matchAll(/<(\d+)>/g)].map((m) => m[1]))].sort();

/**
 * Messages that are rightly the same in both languages: nothing but
 * placeholders and punctuation, names, or words Vietnamese uses as they are.
 */
const SAME_IN_BOTH = /^[\s\p{P}\p{S}\d]*$/u;
const SAME_ALLOWED = new Set(['ui.untranslated']);

const english = filesOf(root, 'en');

describe('message catalogues', () => {
  it('exist for every part of the screen that has words', () => {
    expect(english.length).toBeGreaterThan(5);
    expect(filesOf(root, 'vi').map((f) => f.replace(/vi\.json$/, ''))).toEqual(
      english.map((f) => f.replace(/en\.json$/, '')),
    );
  });

  for (const file of english) {
    const name = relative(root, file);
    describe(name, () => {
      const en = read(file);
      const vi = read(file.replace(/en\.json$/, 'vi.json'));

      it('has a Vietnamese message for every English one, and no other', () => {
        expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
      });

      it('keeps every placeholder, plural and tag in the Vietnamese', () => {
        for (const [key, message] of Object.entries(en)) {
          const local = vi[key];
          if (local === undefined) continue;
          expect({ key, args: argumentsOf(local), tags: tagsOf(local) }).toEqual({
            key,
            args: argumentsOf(message),
            tags: tagsOf(message),
          });
        }
      });

      it('translates each message rather than copying the English', () => {
        const copied = Object.entries(en)
          .filter(([key, message]) => vi[key] === message)
          .filter(([, message]) => !SAME_IN_BOTH.test(message.replace(/\{[^}]*\}/g, '')))
          .filter(([key]) => !SAME_ALLOWED.has(key))
          .map(([key]) => key);
        expect(copied).toEqual([]);
      });
    });
  }
});

/** Source files whose words must all come from the catalogues. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.tsx')) out.push(path);
  }
  return out;
}

/**
 * The one file allowed to hold words: it speaks when the catalogues themselves
 * could not be fetched, in both languages.
 */
const EXEMPT = new Set(['src/app/catalogue-problem.tsx']);

/** Text between JSX tags, and the attributes people read, holding a word. */
const JSX_TEXT = /(?<!=)>\s*([^<>{}`]*\p{L}{2,}[^<>{}`]*?)\s*</gu;
const READ_ATTRIBUTE =
  /\b(aria-label|aria-description|title|placeholder|alt|label)="([^"]*\p{L}[^"]*)"/gu;

describe('components', () => {
  it('take every word they show from the catalogues', () => {
    const found: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const name = relative(root, file);
      if (EXEMPT.has(name)) continue;
      // Comments may say anything.
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const match of code.matchAll(JSX_TEXT)) {
        const text = match[1]?.trim() ?? '';
        // TypeScript between `>` and `<` (generics, comparisons) is not text.
        if (/[;=()]|=>|&&|\|\|/.test(text)) continue;
        found.push(`${name}: ${text}`);
      }
      for (const match of code.matchAll(READ_ATTRIBUTE))
        found.push(`${name}: ${match[1]}="${match[2]}"`);
    }
    expect(found).toEqual([]);
  });
});
