/**
 * Where to send the browser after sign-in: only a path on this installation. Anything else
 * becomes `/`, so the sign-in cannot be abused as an open redirect. Browsers treat `\` like `/`
 * and drop tabs and line breaks inside URLs, so `/\evil.example` or `/<TAB>/evil.example` would
 * become the protocol-relative `//evil.example`; both are refused along with `//` itself.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || value.length > 2048) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (value.includes('\\') || /[\u0000-\u001f\u007f]/.test(value)) return '/';
  return value;
}
