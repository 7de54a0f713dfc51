// `pzk declaration`: the declarations to print and sign (issue 16.8), or where each institution and
// member stands (--list). An institution or member is named by its id or its exact name.
// `pzk plan export`: the action plan's summary, PDF or DOCX (the plan of today's period by default).
// `pzk basket export|import`: the Lokalny Koszyk Usług as the guide (PDF) or a spreadsheet, and back.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiClient } from '../api/client';
import { AppError } from '../api/errors';
import { UsageError, withTeam } from './cores';
import { readInput } from './sync';

export interface DeclarationArgs {
  db?: string | undefined;
  institution?: string | undefined;
  member?: string | undefined;
  all?: boolean | undefined;
  confidentiality?: boolean | undefined;
  list?: boolean | undefined;
  out?: string | undefined;
}

const same = (a: string, b: string) => a.localeCompare(b, 'pl', { sensitivity: 'accent' }) === 0;

async function list(api: ApiClient): Promise<number> {
  const { overview } = await api.declarations.list();
  const lines = [
    `Declarations of accession: ${overview.accession.signed} of ${overview.accession.expected} signed`,
    ...overview.institutions.map((r) => `  ${r.institution.id}  ${r.standing.padEnd(9)} ${r.declaration?.signedOn ?? '          '}  ${r.institution.name}`),
    `Confidentiality declarations: ${overview.confidentiality.signed} of ${overview.confidentiality.expected} signed`,
    ...overview.members.map((r) => `  ${r.member.id}  ${r.standing.padEnd(9)} ${r.declaration?.signedOn ?? '          '}  ${r.member.fullName}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export function declarationCommand(args: DeclarationArgs): Promise<number> {
  return withTeam(args.db, 'read', 'declaration', async (api) => {
    if (args.list) return list(api);
    const kind = args.confidentiality || args.member ? 'confidentiality' : 'accession';
    const named = kind === 'accession' ? args.institution : args.member;
    if (named === undefined && !args.all) {
      throw new UsageError(kind === 'accession' ? 'name one institution (--institution ID|NAME) or print every one not signed (--all)' : 'name one member (--member ID|NAME) or print every one not signed (--all)');
    }
    if (named !== undefined && args.all) throw new UsageError('--all prints every one not signed; leave out --institution/--member, or --all');
    let ids: string[] | undefined;
    if (named !== undefined) {
      const candidates = kind === 'accession' ? (await api.institutions.list()).map((i) => ({ id: i.id, name: i.name })) : (await api.members.list()).map((m) => ({ id: m.id, name: m.fullName }));
      const found = candidates.find((c) => c.id === named) ?? candidates.find((c) => same(c.name, named));
      if (!found) throw new AppError('NOT_FOUND', `no ${kind === 'accession' ? 'institution' : 'member'} "${named}" in this database (pzk declaration --list shows them)`);
      ids = [found.id];
    }
    const file = await api.declarations.print({ kind, ...(ids && { ids }) });
    const path = resolve(args.out ?? file.fileName);
    writeFileSync(path, file.bytes);
    process.stdout.write(`${path}\n`);
    return 0;
  });
}

export interface PlanArgs {
  db?: string | undefined;
  format?: string | undefined;
  plan?: string | undefined;
  out?: string | undefined;
}

export function planCommand(sub: string | undefined, args: PlanArgs): Promise<number> {
  if (sub !== 'export') throw new UsageError('the plan command is: pzk plan export --db FILE [--format pdf|docx] [--plan ID] [--out FILE]');
  const format = args.format ?? 'pdf';
  if (format !== 'pdf' && format !== 'docx') throw new UsageError(`--format must be pdf or docx, not "${format}"`);
  return withTeam(args.db, 'read', 'plan export', async (api) => {
    const { plans, current } = await api.plans.list();
    const id = args.plan ?? current ?? plans[0]?.plan.id;
    if (!id) throw new AppError('NOT_FOUND', 'the team has no action plan yet');
    if (!plans.some((p) => p.plan.id === id)) throw new AppError('NOT_FOUND', `no action plan "${id}" in this database`);
    const file = await api.plans.document({ id, format });
    const path = resolve(args.out ?? file.fileName);
    writeFileSync(path, file.bytes);
    process.stdout.write(`${path}\n`);
    return 0;
  });
}

export interface BasketArgs {
  db?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
  'dry-run'?: boolean | undefined;
  files: string[];
}

const BASKET_USAGE = 'the basket commands are: pzk basket export --db FILE [--format pdf|xlsx|csv] [--out FILE], pzk basket import --db FILE [--dry-run] FILE.xlsx';

export function basketCommand(sub: string | undefined, args: BasketArgs): Promise<number> {
  if (sub === 'export') {
    const format = args.format ?? 'pdf';
    if (format !== 'pdf' && format !== 'xlsx' && format !== 'csv') throw new UsageError(`--format must be pdf, xlsx or csv, not "${format}"`);
    if (args.files.length) throw new UsageError(`basket export takes no file names (${args.files.join(' ')}); name the output with --out`);
    return withTeam(args.db, 'read', 'basket export', async (api) => {
      const file = format === 'pdf' ? await api.basket.document({}) : await api.basket.export({ format });
      const path = resolve(args.out ?? file.fileName);
      writeFileSync(path, file.bytes);
      process.stdout.write(`${path}\n`);
      return 0;
    });
  }
  if (sub === 'import') {
    if (args.files.length !== 1) throw new UsageError('name one spreadsheet to import, e.g. pzk basket import --db pzk.sqlite koszyk.xlsx');
    const bytes = readInput(args.files[0]!);
    const dryRun = args['dry-run'] ?? false;
    return withTeam(args.db, dryRun ? 'read' : 'write', 'basket import', async (api) => {
      const preview = await api.basket.importPreview({ bytes });
      for (const r of preview.rows) {
        const why = r.status === 'error' ? `  ${r.errors.map((e) => `${e.field}: ${e.key}`).join(', ')}` : r.status === 'duplicate' ? `  repeats line ${r.repeats}` : '';
        process.stdout.write(`line ${r.line}  ${r.status.padEnd(9)} ${r.institution} — ${r.service}${why}\n`);
      }
      const { counts } = preview;
      const summary = `${counts.new} new, ${counts.update} changed, ${counts.same} the same, ${counts.duplicate} repeated, ${counts.error} with errors`;
      if (dryRun) {
        process.stdout.write(`${summary}; nothing written (--dry-run)\n`);
        return 0;
      }
      const result = await api.basket.import({ bytes, expectChanges: counts.new + counts.update });
      process.stdout.write(`${summary}; added ${result.added}, changed ${result.updated}, left out ${result.skipped}\n`);
      return 0;
    });
  }
  throw new UsageError(BASKET_USAGE);
}
