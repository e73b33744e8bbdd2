import { paths } from '../../routes/paths';

/** Page addresses of the knowledge area (German, like the app's other addresses). */
export const articlePagePath = (id: string): string => `${paths.knowledge}/artikel/${encodeURIComponent(id)}`;
export const articleEditPath = (id: string): string => `${articlePagePath(id)}/bearbeiten`;
export const topicPath = (topic: string): string => `${paths.knowledge}?thema=${encodeURIComponent(topic)}`;
export const searchPagePath = (q: string): string => (q ? `${paths.search}?q=${encodeURIComponent(q)}` : paths.search);
