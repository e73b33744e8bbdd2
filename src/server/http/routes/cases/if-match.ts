import { AppError } from '../../../errors';

const quoted = /^\s*"(\d{1,9})"\s*$/;
const bare = /^\s*(\d{1,9})\s*$/;

/**
 * The version a change is based on, from `If-Match: "<version>"` (the case's ETag) or `version`
 * in the body. Without either the change is refused with 428 PRECONDITION_REQUIRED: accepting it
 * would let a client overwrite changes it has never seen. Weak validators (`W/"3"`) and `*` are
 * refused because they cannot prove which version the client saw.
 */
export function requestedVersion(ifMatch: string | undefined, bodyVersion: number | undefined): number {
  let headerVersion: number | undefined;
  if (ifMatch !== undefined) {
    const match = quoted.exec(ifMatch) ?? bare.exec(ifMatch);
    if (!match) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'headers.if-match': 'expected "<version>" as in the ETag' });
    }
    headerVersion = Number(match[1]);
  }
  if (headerVersion !== undefined && bodyVersion !== undefined && headerVersion !== bodyVersion) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { version: 'differs from the If-Match header' });
  }
  const version = headerVersion ?? bodyVersion;
  if (version === undefined) {
    throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match: "<version>" (the ETag of the case) or "version" in the body.', {
      'headers.if-match': 'required',
    });
  }
  return version;
}
