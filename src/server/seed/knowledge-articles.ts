import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { articleContentFields } from '../../contract/knowledge';
import { repoRoot } from '../paths';

/**
 * The seed articles of `seed/knowledge/articles/*.md` (format in seed/knowledge/README.md): YAML
 * front matter + Markdown body, validated with zod; a bad file fails the seed naming the file
 * and the field.
 */
export const knowledgeSeedDir = join(repoRoot, 'seed/knowledge/articles');

// YAML 1.1 parsers turn unquoted dates into Date objects; accept both forms.
const seedDate = z.union([z.date().transform((date) => date.toISOString().slice(0, 10)), z.string()]).pipe(articleContentFields.validFrom);

const frontMatterSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'lower-case letters, digits and hyphens'),
    ...articleContentFields,
    body: z.undefined({ error: 'the body follows the front matter, not inside it' }).optional(),
    validFrom: seedDate,
    validUntil: seedDate.nullable(),
    legalRefs: articleContentFields.legalRefs.min(1, 'name at least one legal reference'),
    wegweiserTitles: articleContentFields.wegweiserTitles.default([]),
    wegweiserConditions: articleContentFields.wegweiserConditions.default([]),
    caseStages: articleContentFields.caseStages.default([]),
    parameters: articleContentFields.parameters.default([]),
    author: z.email(),
    reviewer: z.email(),
  })
  .refine((article) => article.author.toLowerCase() !== article.reviewer.toLowerCase(), {
    message: 'must differ from author (four-eyes rule)',
    path: ['reviewer'],
  })
  .refine((article) => article.validUntil === null || article.validUntil >= article.validFrom, {
    message: 'must not be before validFrom',
    path: ['validUntil'],
  });

export type SeedArticle = Omit<z.infer<typeof frontMatterSchema>, 'body'> & { body: string; file: string };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses one seed file; throws an Error naming the file and each wrong field. */
export function parseSeedArticle(file: string, text: string): SeedArticle {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error(`${file}: expected YAML front matter between --- lines at the top`);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new Error(`${file}: the front matter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(front matter)'}: ${issue.message}`);
    throw new Error(`${file}: invalid front matter — ${problems.join('; ')}`);
  }
  const body = (match[2] ?? '').trim();
  if (!body) throw new Error(`${file}: body: the Markdown body is empty`);
  const expectedName = `${parsed.data.slug}.md`;
  if (!file.endsWith(`/${expectedName}`) && file !== expectedName) {
    throw new Error(`${file}: slug: "${parsed.data.slug}" must equal the file name without .md`);
  }
  const { body: _none, ...frontMatter } = parsed.data;
  return { ...frontMatter, body, file };
}

/** All seed articles, sorted by slug; an empty list when the folder does not exist. */
export async function loadSeedArticles(dir: string = knowledgeSeedDir): Promise<SeedArticle[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const articles: SeedArticle[] = [];
  for (const name of names) {
    const path = join(dir, name);
    articles.push(parseSeedArticle(relative(repoRoot, path), await readFile(path, 'utf8')));
  }
  const slugs = new Set<string>();
  for (const article of articles) {
    if (slugs.has(article.slug)) throw new Error(`${article.file}: slug: "${article.slug}" is used by another file`);
    slugs.add(article.slug);
  }
  return articles;
}
