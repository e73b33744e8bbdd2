import type { AccessLogEntry } from '../../contract/portal-privacy';

/** Action fragments that only look at data (everything else changed something). */
const readMarkers = ['read', 'download', 'export', 'listed', 'viewed', 'opened'];

/**
 * What kind of access an audit action was and what it was about, for the person's access log
 * ("who has seen my data"): the codes stay on the server side of the words the web shows.
 */
export function describeAuditAction(action: string): Pick<AccessLogEntry, 'access' | 'subject'> {
  const parts = action.toLowerCase().split(/[._]/);
  const access: AccessLogEntry['access'] = parts.some((part) => readMarkers.some((marker) => part.startsWith(marker))) ? 'read' : 'change';
  const has = (...words: string[]) => words.some((word) => action.includes(word));
  const subject: AccessLogEntry['subject'] = has('access_log', 'audit')
    ? 'accessLog'
    : has('export')
      ? 'export'
      : has('consent')
        ? 'consents'
        : has('document')
          ? 'documents'
          : has('procedure', 'deadline')
            ? 'procedure'
            : has('referral')
              ? 'referral'
              : has('message')
                ? 'messages'
                : has('journey', 'stage', 'member')
                  ? 'journey'
                  : 'case';
  return { access, subject };
}
