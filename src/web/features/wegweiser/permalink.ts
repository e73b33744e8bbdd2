import { answersSchema, type Answers } from './answers';
import { stepIds, type StepId } from './steps';

/** The URL fragment key: `/wegweiser#p=<base64url JSON>` (a fragment is never sent to the server). */
const fragmentKey = 'p';
const stepKey = 's';
/** Bumped when the answers change shape incompatibly; older links are then rejected cleanly. */
const version = 1;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/**
 * The fragment (`#p=…`) that carries the answers; with a step (`&s=job`) while they are being
 * edited, so that a reload (e.g. for a language switch) comes back to the same step.
 */
export function encodeAnswers(answers: Answers, step?: StepId): string {
  const encoded = `#${fragmentKey}=${toBase64Url(JSON.stringify({ v: version, a: answers }))}`;
  return step ? `${encoded}&${stepKey}=${step}` : encoded;
}

export type DecodedFragment = { status: 'none' } | { status: 'invalid' } | { status: 'ok'; answers: Answers; step?: StepId };

/** Reads answers from a location hash; "none" when the hash carries none, "invalid" when broken. */
export function decodeAnswers(hash: string): DecodedFragment {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(fragmentKey);
  if (encoded === null) return { status: 'none' };
  try {
    const data: unknown = JSON.parse(fromBase64Url(encoded));
    if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== version) return { status: 'invalid' };
    const parsed = answersSchema.safeParse((data as { a?: unknown }).a);
    if (!parsed.success) return { status: 'invalid' };
    const step = stepIds.find((id) => id === params.get(stepKey));
    return step ? { status: 'ok', answers: parsed.data, step } : { status: 'ok', answers: parsed.data };
  } catch {
    return { status: 'invalid' };
  }
}
