// What a machine can check of the Polish register (issue 18): the retired words of docs/slownik.md
// appear nowhere in the catalogue or the document vocabulary; numbers follow "nr"; status messages are
// impersonal; no slashed forms ("Protokołował/a"). The wording itself is reviewed in the golden texts.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import pl from '../renderer/i18n/pl';

const root = resolve(import.meta.dirname, '..');

/** The retired words of the glossary's table, last column; "zatwierdz…" stands for every form. */
function retiredWords(): string[] {
  const text = readFileSync(resolve(root, 'docs/slownik.md'), 'utf8');
  const table = text.slice(text.indexOf('## Terms'), text.indexOf('## Choices'));
  const rows = table.split('\n').filter((l) => l.startsWith('|') && !l.startsWith('|---') && !l.startsWith('| Termin'));
  return rows.flatMap((row) => {
    const cells = row.split('|').slice(1, -1);
    return (cells[3] ?? '').split(',').map((w) => w.trim()).filter(Boolean);
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A retired word with a capital is a label or a heading (matched as written); a lower-case one in any case. */
const wordPattern = (word: string) => {
  const flags = /^\p{Lu}/u.test(word) ? 'u' : 'iu';
  return word.endsWith('…') ? new RegExp(`(?<!\\p{L})${escape(word.slice(0, -1))}`, flags) : new RegExp(`(?<!\\p{L})${escape(word)}(?!\\p{L})`, flags);
};

/** Every string of the Polish catalogue, with where it is. */
function catalogue(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push([path, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(pl, '');
  return out;
}

/** The document vocabulary's sources without comments and without the older wordings they recognise on purpose. */
function documentSource(): Array<[string, string]> {
  // Every Polish vocabulary of src/domain (the documents', the report's, the cases', the basket's …).
  return readdirSync(resolve(root, 'src/domain')).filter((name) => name.endsWith('.pl.ts')).flatMap((name) => {
    const source = readFileSync(resolve(root, 'src/domain', name), 'utf8')
      .replace(/\/\/ vocabulary-check: off[\s\S]*?\/\/ vocabulary-check: on/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      // Object keys are code, not text ("online: (url) => …").
      .replace(/^(\s*)[A-Za-z_$][\w$]*\s*:/gm, '$1');
    return source.split('\n').map((line, i) => [`${name}:${i + 1}`, line] as [string, string]);
  });
}

const texts = () => [...catalogue(), ...documentSource()];

describe('the vocabulary of docs/slownik.md', () => {
  it('lists retired words to check', () => {
    expect(retiredWords()).toEqual(expect.arrayContaining(['zatwierdz…', 'protokołujący', 'Działania', 'online']));
  });

  it('has none of its retired words left in the catalogue or the documents', () => {
    const found = retiredWords().flatMap((word) => texts().filter(([, text]) => wordPattern(word).test(text)).map(([where, text]) => `${word} — ${where}: ${text.trim()}`));
    expect(found).toEqual([]);
  });

  it('always puts "nr" before the number of a meeting, a protocol or an action item', () => {
    const bare = /(posiedzeni|protok[oó]ł|zadani)\p{L}*\s+\(?(\{\{number\}\}|\$\{(number|item|meeting)\})/iu;
    expect(texts().filter(([, text]) => bare.test(text))).toEqual([]);
  });

  it('writes status messages impersonally and people without slashed forms', () => {
    const firstPerson = /(?<!\p{L})(\p{L}+uję|ponawiam|sprawdzam|wysyłam|zbieram|czekam|tworzę|łączę|ułożę|prowadzę|usuwam|przywracam|szukam|otwieram|zamykam|zapisałem|zapisałam)(?!\p{L})/iu;
    const slashed = /\p{L}\/\p{Ll}{1,4}(?!\p{L})|\(-\p{Ll}+\)/u;
    expect(texts().filter(([, text]) => firstPerson.test(text))).toEqual([]);
    expect(texts().filter(([, text]) => slashed.test(text))).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(wordPattern('zatwierdz…').test('Protokół zatwierdzony')).toBe(true);
    expect(wordPattern('obecny').test('Obecne dane zostaną zachowane')).toBe(false);
    expect(wordPattern('obecny').test('Anna Nowak · obecny')).toBe(true);
    expect(wordPattern('sporządził/a').test('Protokół sporządził/a: X')).toBe(true);
    // A label retired is not a word retired: "Działania" (the column) is not "miejsce działania zespołu".
    expect(wordPattern('Działania').test('miejsce działania zespołu')).toBe(false);
  });
});
