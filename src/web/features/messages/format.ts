/** Dates and times of messages: German local time, in the reader's language ("7. Dezember 2026, 14:05"). */
const locales: Record<string, string> = { de: 'de-DE', en: 'en-GB', ar: 'ar-u-nu-latn', tr: 'tr-TR', uk: 'uk-UA', fr: 'fr-FR' };

export function formatMessageTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = locales[language.split('-')[0] ?? 'de'] ?? 'de-DE';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date);
}

/** A file size in words: "12 KB", "1.4 MB". */
export function formatFileSize(bytes: number, language: string): string {
  const locale = locales[language.split('-')[0] ?? 'de'] ?? 'de-DE';
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB` : `${format.format(bytes / (1024 * 1024))} MB`;
}
