import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { cooperationTopics } from '../../domain/network/cooperation';
import { paths } from '../paths';

const slug = z.string().regex(/^[a-z0-9-]+$/);

const demoAgreementSchema = z
  .strictObject({
    slug,
    title: z.string().min(1).max(200),
    topic: z.enum(cooperationTopics),
    /** Organisation slugs of seed/demo/organisations.json. */
    partners: z.array(slug).min(2),
    validFrom: z.iso.date(),
    validTo: z.iso.date().nullable(),
    documentUrl: z.url({ protocol: /^https$/ }).nullable(),
  })
  .refine((agreement) => agreement.validTo === null || agreement.validFrom <= agreement.validTo, { path: ['validTo'], message: 'ends before it starts' });

export type DemoAgreement = z.infer<typeof demoAgreementSchema>;

/** The declared cooperation agreements of the demo region (seed/demo/agreements.json). */
export async function loadDemoAgreements(): Promise<DemoAgreement[]> {
  const raw: unknown = JSON.parse(await readFile(`${paths.demoSeed}/agreements.json`, 'utf8'));
  const parsed = z.array(demoAgreementSchema).safeParse(raw);
  if (!parsed.success) throw new Error(`seed/demo/agreements.json is invalid: ${z.prettifyError(parsed.error)}`);
  const slugs = parsed.data.map((agreement) => agreement.slug);
  const duplicate = slugs.find((value, index) => slugs.indexOf(value) !== index);
  if (duplicate) throw new Error(`seed/demo/agreements.json: slug ${duplicate} appears twice`);
  return parsed.data;
}
