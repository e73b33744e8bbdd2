import { KolAlert, KolButton, KolHeading, KolInputText } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CertificateVerification } from '../../../contract/learning';
import { ApiError } from '../../api/client';
import { learningApi } from '../../api/learning';
import { usePageTitle } from '../../components/use-page-title';
import { formatIssuedOn } from './learning-ui';
import { verificationPagePath } from './learning-paths';
import '../../styles/learning.css';

type Check = { status: 'idle' } | { status: 'checking' } | { status: 'valid'; certificate: CertificateVerification } | { status: 'unknown' } | { status: 'invalid' } | { status: 'failed' };

/**
 * `/zertifikat` and `/zertifikat/:code`: the public check of a certificate's verification code
 * (no sign-in). The code lives in the address, so the link printed on a certificate opens the answer.
 */
export function VerificationPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('learning.verify.title'));
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  const [error, setError] = useState<string | undefined>();
  const [check, setCheck] = useState<Check>({ status: 'idle' });
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setTyped(code);
    if (!code) {
      setCheck({ status: 'idle' });
      return;
    }
    let isCurrent = true;
    setCheck({ status: 'checking' });
    learningApi.verify(code).then(
      (certificate) => isCurrent && setCheck({ status: 'valid', certificate }),
      (failure: unknown) => {
        if (!isCurrent) return;
        const status = failure instanceof ApiError ? failure.status : 0;
        setCheck(status === 404 ? { status: 'unknown' } : status === 400 ? { status: 'invalid' } : { status: 'failed' });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [code]);

  useEffect(() => {
    if (check.status !== 'idle' && check.status !== 'checking') resultRef.current?.focus();
  }, [check.status]);

  const submit = () => {
    const value = typed.trim();
    if (!value) {
      setError(t('learning.verify.required'));
      return;
    }
    setError(undefined);
    void navigate(verificationPagePath(value));
  };

  return (
    <div className="page learning-page verification-page">
      <KolHeading _level={1} _label={t('learning.verify.title')} />
      <p>{t('learning.verify.intro')}</p>
      <form
        className="verification-form"
        data-testid="verify-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <KolInputText
          data-field="code"
          _name="code"
          _label={t('learning.verify.codeLabel')}
          _hint={t('learning.verify.codeHint')}
          _value={typed}
          _spellCheck={false}
          _autoComplete="off"
          {...(error ? { _touched: true, _msg: { _type: 'error' as const, _description: error } } : { _touched: false, _msg: undefined })}
          _on={{ onInput: (_event: Event, next?: unknown) => setTyped(String(next ?? '')) }}
        />
        <KolButton data-testid="verify-submit" _label={t('learning.verify.submit')} _type="submit" _variant="primary" />
      </form>

      <div className="verification-result" ref={resultRef} tabIndex={-1} data-testid="verify-result" data-status={check.status}>
        {check.status === 'checking' && <p role="status">{t('learning.verify.checking')}</p>}
        {check.status === 'valid' && (
          <KolAlert _type="success" _variant="card" _label={t('learning.verify.validTitle')} _level={2}>
            <dl className="verification-facts">
              <div>
                <dt>{t('learning.verify.holder')}</dt>
                <dd data-testid="verify-holder">{check.certificate.holderName}</dd>
              </div>
              <div>
                <dt>{t('learning.verify.course')}</dt>
                <dd data-testid="verify-course">{check.certificate.course.title}</dd>
              </div>
              <div>
                <dt>{t('learning.verify.issuedOn')}</dt>
                <dd data-testid="verify-date">{formatIssuedOn(check.certificate.issuedOn, i18n.language)}</dd>
              </div>
              <div>
                <dt>{t('learning.verify.code')}</dt>
                <dd className="certificate-code">{check.certificate.code}</dd>
              </div>
            </dl>
          </KolAlert>
        )}
        {check.status === 'unknown' && (
          <KolAlert _type="warning" _variant="card" _label={t('learning.verify.unknownTitle')} _level={2}>
            {t('learning.verify.unknown')}
          </KolAlert>
        )}
        {check.status === 'invalid' && (
          <KolAlert _type="warning" _variant="card" _label={t('learning.verify.invalidTitle')} _level={2}>
            {t('learning.verify.invalid')}
          </KolAlert>
        )}
        {check.status === 'failed' && (
          <KolAlert _type="error" _variant="card" _label={t('learning.verify.failed')} _level={2}>
            {t('learning.verify.failed')}
          </KolAlert>
        )}
      </div>
    </div>
  );
}
