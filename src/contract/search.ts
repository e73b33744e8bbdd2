import { z } from 'zod';
import { knowledgeTopics } from '../domain/knowledge/index';

/**
 * GET /api/v1/search (../shared/CONTRACT.md): full-text search across published articles,
 * courses and lessons (signed in) and, later, questions. Any `q` gives results or an empty list.
 */
export const searchTypes = ['article', 'course', 'question'] as const;

export const searchQuerySchema = z.strictObject({
  q: z.string().max(20_000).default('').describe('Words; the last one counts as a prefix (search as you type)'),
  type: z.enum(searchTypes).optional().describe('course includes the lessons of courses'),
  topic: z.enum(knowledgeTopics).optional(),
  law: z.string().trim().max(30).optional().describe('e.g. AufenthG'),
  section: z.string().trim().max(20).optional().describe('e.g. 18g (with law)'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchResultSchema = z
  .object({
    type: z.enum(['article', 'course', 'lesson', 'question']),
    id: z.string(),
    title: z.string(),
    snippet: z.string().describe('HTML: matches in <mark>, everything else escaped'),
    path: z.string().describe('Where the web app shows it'),
    language: z.string(),
    topics: z.array(z.string()),
    legalRefs: z.array(z.string()),
    rank: z.number(),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchResponseSchema = z
  .object({
    results: z.array(searchResultSchema),
    correctedQuery: z.string().nullable().describe('When nothing matched as typed: the words searched instead'),
  })
  .meta({ id: 'SearchResponse' });
export type SearchResponse = z.infer<typeof searchResponseSchema>;
