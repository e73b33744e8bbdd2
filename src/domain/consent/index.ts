/** Consent declarations: vocabulary, versioned wording and "may organisation O use category C for purpose U now?". */
export * from './vocabulary';
export * from './consent-texts';
export * from './coverage';
