/** Case documents: accepted types by content, size limit, safe file names, the checklist. Pure. */
export * from './checklist';
export * from './file-name';
export * from './media-types';
export * from './upload';
