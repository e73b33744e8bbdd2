/** Contact addresses of this (demo) installation, shown on the legal pages. */
export const contacts = {
  accessibility: 'barrierefreiheit@demo.example',
} as const;
