import type { Command } from 'commander';
import { familyRequestSchema, isoDateSchema, profileSchema, type Evaluation } from '../../domain/pathway/index';
import { systemClock } from '../../server/clock';
import { evaluateFamilyWith, evaluateProfileWith } from '../../server/commands/evaluate-pathways';
import { withLawEngine } from '../law-engine';
import { AppError } from '../../server/errors';
import { InputError, parseInput, readJsonInput } from '../read-json-input';

type Options = { date?: string; json?: boolean };

/** Accepts a bare Profile or the API body `{ "profile": … }`, like the contract says. */
function unwrapProfile(input: unknown): { value: unknown; prefix: string } {
  const isWrapped = typeof input === 'object' && input !== null && 'profile' in input && Object.keys(input).length === 1;
  return isWrapped ? { value: (input as { profile: unknown }).profile, prefix: 'profile' } : { value: input, prefix: '' };
}

function withDate<T extends object>(value: T, date: string | undefined): T {
  if (date === undefined) return value;
  parseInput(isoDateSchema, date, '--date');
  return { ...value, evaluationDate: date };
}

function summarise(evaluation: Evaluation): string {
  const lines = [`Wegweiser ${evaluation.evaluationDate} (rule set ${evaluation.ruleSet.id})`];
  for (const title of evaluation.titles) {
    const mark = title.outcome === 'eligible' ? '✔' : title.outcome === 'needs_info' ? '?' : '✘';
    lines.push(`${mark} ${title.id.padEnd(26)} ${title.name.en} (${title.legalRef})${title.baApprovalRequired ? ' – BA approval' : ''}`);
  }
  lines.push(`Chancenkarte points: ${evaluation.chancenkarte.points} (minimum ${evaluation.chancenkarte.minimumPoints})`);
  return lines.join('\n');
}

async function run(work: () => Promise<string>): Promise<void> {
  try {
    console.log(await work());
  } catch (error) {
    if (error instanceof InputError || (error instanceof AppError && error.code === 'UNPROCESSABLE')) {
      console.error(error.message);
      for (const [field, problem] of Object.entries(error.fields ?? {})) console.error(`  ${field}: ${problem}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

export function registerPathwayCommands(program: Command): void {
  const pathway = program.command('pathway').description('the Wegweiser rules engine (same evaluation as the API)');
  pathway
    .command('evaluate')
    .description('evaluate the residence titles for a profile (FILE, or - for standard input)')
    .argument('<file>', 'JSON Profile or { "profile": Profile }')
    .option('--date <YYYY-MM-DD>', 'evaluate under the law in force on this date')
    .option('--json', 'print the Evaluation as JSON and nothing else')
    .action((file: string, options: Options) =>
      run(async () => {
        const { value, prefix } = unwrapProfile(await readJsonInput(file));
        const profile = parseInput(profileSchema, value, prefix);
        const dateField = options.date ? '--date' : [prefix, 'evaluationDate'].filter(Boolean).join('.');
        const evaluation = await withLawEngine((engine) => evaluateProfileWith(engine, systemClock, withDate(profile, options.date), dateField));
        return options.json ? JSON.stringify(evaluation) : summarise(evaluation);
      }),
    );
  pathway
    .command('family')
    .description('evaluate family reunification (FILE, or - for standard input)')
    .argument('<file>', 'JSON FamilyRequest')
    .option('--date <YYYY-MM-DD>', 'evaluate under the law in force on this date')
    .option('--json', 'print the FamilyEvaluation as JSON and nothing else')
    .action((file: string, options: Options) =>
      run(async () => {
        const request = parseInput(familyRequestSchema, await readJsonInput(file));
        const evaluation = await withLawEngine((engine) =>
          evaluateFamilyWith(engine, systemClock, withDate(request, options.date), options.date ? '--date' : 'evaluationDate'),
        );
        if (options.json) return JSON.stringify(evaluation);
        return evaluation.members.map((member) => `${member.role.padEnd(8)} ${member.titleId.padEnd(14)} ${member.outcome}`).join('\n');
      }),
    );
}
