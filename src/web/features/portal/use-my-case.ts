import { useCallback, useEffect, useState } from 'react';
import type { MyCase } from '../../../contract/portal';
import { ApiError } from '../../api/client';
import { myCaseApi } from '../../api/portal-journey';

export type MyCaseState = { status: 'loading' } | { status: 'none' } | { status: 'error' } | { status: 'ready'; data: MyCase };

/** The person's own case; `reload` fetches it again after an upload (the page updates without a reload). */
export function useMyCase(): { state: MyCaseState; reload(): Promise<void> } {
  const [state, setState] = useState<MyCaseState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      setState({ status: 'ready', data: await myCaseApi.get() });
    } catch (error) {
      setState(error instanceof ApiError && error.status === 404 ? { status: 'none' } : { status: 'error' });
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}

const locales: Record<string, string> = { de: 'de-DE', en: 'en-GB', ar: 'ar', tr: 'tr-TR', uk: 'uk-UA', fr: 'fr-FR' };

/** A calendar date in words in the page language: "7. Dezember 2026", "7 December 2026". */
export function longDate(value: string, language: string): string {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return value;
  return new Intl.DateTimeFormat(locales[language] ?? 'de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The date part (Berlin) of a timestamp. */
export const dayOf = (timestamp: string): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(timestamp));
