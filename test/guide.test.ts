// The user guide (docs/podrecznik, issue 14.6) is whole: the index names every chapter, every link and picture
// resolves, every screen of the app is described, and the README points to it. The app shows the same files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pl from '../renderer/i18n/pl';

const DIR = join('docs', 'podrecznik');
const chapters = readdirSync(DIR).filter((f) => /^\d\d-.+\.md$/.test(f)).sort();
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');
const all = ['README.md', ...chapters].map(text).join('\n');

describe('the user guide', () => {
  it('lists every chapter in its index, in order, each with its own title', () => {
    const linked = [...text('README.md').matchAll(/^\d+\. \[[^\]]+\]\(([^)]+)\)$/gm)].map((m) => m[1]);
    expect(linked).toEqual(chapters);
    for (const f of chapters) expect(text(f)).toMatch(/^# \S/);
  });

  it('has no broken link or picture', () => {
    for (const f of ['README.md', ...chapters]) {
      for (const [, target] of text(f).matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)) {
        if (/^https?:/.test(target!)) continue;
        expect(existsSync(join(DIR, target!)), `${f} → ${target}`).toBe(true);
      }
    }
  });

  it('describes every screen of the app and the regional centre', () => {
    const screens = [pl.setup.title, pl.nav.dashboard, pl.nav.meetings, pl.nav.tasks, pl.nav.roster, pl.nav.search, pl.nav.settings, pl.nav.statistics, pl.nav.partnership, 'Centrum regionalne'];
    // A chapter titled after the screen, or the screen named in bold where it is described.
    for (const name of screens) expect(all.includes(`**${name}**`) || all.includes(`\n# ${name}\n`), name).toBe(true);
    // The topics the issue names.
    for (const topic of ['Pierwsze uruchomienie', 'Skład zespołu', 'Prowadzenie posiedzenia', 'Protokół i lista obecności', 'Przyjęcie protokołu', 'Wysyłka do centrum', 'Kopie zapasowe', 'nowemu animatorowi', 'RODO']) {
      expect(all).toContain(topic);
    }
  });

  it('is linked from the README', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('docs/podrecznik/README.md');
  });
});
