import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** A problem with the input file: printed field by field, exit code 2. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'InputError';
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads JSON from a file or standard input (`-`). */
export async function readJsonInput(file: string): Promise<unknown> {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InputError(`${file}: not valid JSON`);
  }
}

/** Validates with zod; every issue becomes `path: message`, unknown keys included. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, prefix = ''): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[path, key].filter(Boolean).join('.')] = 'unknown field';
    } else {
      fields[path || '(root)'] ??= issue.message;
    }
  }
  throw new InputError('The input is not valid.', fields);
}
