import 'i18next';
import type { de } from './catalogues';

// Type-checked translation keys: t('signIn.title') compiles, t('sign.titel') does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}
