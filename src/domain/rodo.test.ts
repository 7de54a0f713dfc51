import { describe, expect, it } from 'vitest';
import { blocks, isValidIdCard, scanForPersonalData } from './rodo';

const roster = { emails: ['anna.nowak@ops.zielonka.pl', null], phones: ['+48 601 202 303', null] };
const scan = (text: string) => scanForPersonalData([{ where: 'Ad 4. Sprawy merytoryczne', text }], roster);

describe('RODO check', () => {
  it('validates ID-card numbers by their check digit', () => {
    expect(isValidIdCard('ABA300000')).toBe(true);
    expect(isValidIdCard('aba300000')).toBe(true);
    expect(isValidIdCard('ABA400000')).toBe(false);
    expect(isValidIdCard('AB3000000')).toBe(false);
  });

  it('finds a PESEL with a valid checksum and ignores an invalid one', () => {
    expect(scan('Matka, PESEL 44051401458, zgłosiła się do OPS.')).toEqual([
      { kind: 'pesel', where: 'Ad 4. Sprawy merytoryczne', masked: '44*******58' },
    ]);
    // A PESEL-shaped number with a wrong checksum only warns (a typo still identifies a person).
    expect(scan('Numer 44051401459 w sądzie.')).toEqual([{ kind: 'pesel_like', where: 'Ad 4. Sprawy merytoryczne', masked: '44*******59' }]);
  });

  it('blocks on a valid PESEL or ID card only; the rest warns', () => {
    const found = scan('PESEL 44051401458, dowód ABA300000, 44051401459, tel. 512 345 678, x@y.pl');
    expect(found.map((f) => [f.kind, blocks(f)])).toEqual([
      ['pesel', true],
      ['pesel_like', false],
      ['id_card', true],
      ['email', false],
      ['phone', false],
    ]);
  });

  it('finds ID-card numbers with a valid checksum only', () => {
    expect(scan('dowód ABA 300000 okazano').map((f) => f.kind)).toEqual(['id_card']);
    expect(scan('kod ABA400000')).toEqual([]);
  });

  it('finds e-mails and phones of people outside the roster, not those of members', () => {
    const found = scan('Kontakt: anna.nowak@ops.zielonka.pl, tel. 601-202-303; ojciec: jan.k@gmail.com, 512 345 678.');
    expect(found.map((f) => [f.kind, f.masked])).toEqual([
      ['email', 'jan*********com'],
      ['phone', '51*******78'],
    ]);
  });

  it('says where each finding is and never shows the whole value', () => {
    const [finding] = scanForPersonalData([{ where: 'Zadanie 1/2026/3', text: 'PESEL 02070803628' }], roster);
    expect(finding).toEqual({ kind: 'pesel', where: 'Zadanie 1/2026/3', masked: '02*******28' });
    expect(finding!.masked).not.toContain('02070803628');
  });
});
