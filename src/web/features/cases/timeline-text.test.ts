import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../../i18n/de.json';
import en from '../../i18n/en.json';
import deReview from '../../i18n/de/document-review.json';
import enReview from '../../i18n/en/document-review.json';
import { eventText } from './timeline-text';

const german = i18next.createInstance();
const english = i18next.createInstance();

beforeAll(async () => {
  await german.init({ resources: { de: { translation: { ...de, documentReview: deReview } } }, lng: 'de', interpolation: { escapeValue: false } });
  await english.init({ resources: { en: { translation: { ...en, documentReview: enReview } } }, lng: 'en', interpolation: { escapeValue: false } });
});

const text = (type: string, data: Record<string, unknown> = {}, language: 'de' | 'en' = 'de') =>
  eventText({ type, data }, (language === 'de' ? german : english).t, language);

describe('timeline texts', () => {
  it('names the stages of a journey move, by its kind', () => {
    expect(text('stage_changed', { from: 'information', to: 'recognition', kind: 'forward' })).toBe('Phase gewechselt: Information → Anerkennung');
    expect(text('stage_changed', { from: 'recognition', to: 'information', kind: 'correction' }, 'en')).toBe('Stage set back: Recognition → Information');
    expect(text('stage_changed', { from: 'entry', to: 'closed', kind: 'close', closeReason: 'moved_away' })).toBe('Fall abgeschlossen: Weggezogen');
    expect(text('stage_changed', { from: 'closed', to: 'entry', kind: 'reopen' }, 'en')).toBe('Case reopened: Entry');
  });

  it('reads the other event types', () => {
    expect(text('created', { fromEvaluation: true })).toBe('Fall aus einem Wegweiser-Ergebnis angelegt');
    expect(text('created', { fromEvaluation: false }, 'en')).toBe('Case opened');
    expect(text('member_added', { relation: 'child' })).toBe('Familienangehörige hinzugefügt (Kind)');
    expect(text('task_added', { dueOn: '2026-12-01' })).toBe('Aufgabe angelegt, fällig am 1. Dezember 2026');
    expect(text('task_status_changed', { to: 'done' }, 'en')).toBe('Task done');
    expect(text('obstacle_added', { category: 'housing' })).toBe('Hemmnis erfasst: Keine Wohnung');
    expect(text('target_changed', { to: '18g_standard' }, 'en')).toBe('Title aimed for changed: EU Blue Card');
    expect(text('note_added')).toBe('Notiz hinzugefügt');
    expect(text('procedure_started', {}, 'en')).toBe('Accelerated skilled-worker procedure (§ 81a AufenthG) started');
  });

  it('reads the review of uploads and the requests for documents', () => {
    expect(text('document_reviewed', { status: 'accepted', previousStatus: 'received' })).toBe('Unterlage akzeptiert');
    expect(text('document_reviewed', { status: 'rejected', previousStatus: 'received' }, 'en')).toBe('Document rejected (reason given to the person)');
    expect(text('document_reviewed', { status: 'accepted', previousStatus: 'rejected' })).toBe('Prüfung geändert: Unterlage jetzt akzeptiert');
    expect(text('document_requested', { requestId: 'x' })).toBe('Unterlage angefordert');
    expect(text('document_request_withdrawn', { requestId: 'x' }, 'en')).toBe('Document request withdrawn');
  });

  it('still says something for an event type it does not know', () => {
    expect(text('referral_sent', {}, 'en')).toBe('Change (referral_sent)');
  });
});
