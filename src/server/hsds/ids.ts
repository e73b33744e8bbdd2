import { createHash } from 'node:crypto';

/** Namespace of every derived HSDS id of Lotse (itself a v5 UUID of "lotse.hsds" in the URL namespace). */
const lotseNamespace = uuidV5('https://lotse.example/hsds', '6ba7b811-9dad-11d1-80b4-00c04fd430c8');

/** RFC 9562 name-based UUID (version 5, SHA-1). */
export function uuidV5(name: string, namespace: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A stable id for a record that has no row of its own (a phone, a schedule, a service area):
 * the same parts always give the same id, so exports and re-imports agree.
 */
export const derivedId = (...parts: string[]): string => uuidV5(parts.join('|'), lotseNamespace);
