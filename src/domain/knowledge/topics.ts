/** The topic vocabulary of the knowledge base; articles, courses and search filters use these ids. */
export const knowledgeTopics = [
  'aufenthaltstitel',
  'fachkraefte',
  'anerkennung',
  'beschleunigtes-verfahren',
  'familie',
  'chancenkarte',
  'westbalkan',
  'beschaeftigung',
  'sprache',
  'netzwerk',
  'verfahren',
  'studium-ausbildung',
] as const;

export type KnowledgeTopic = (typeof knowledgeTopics)[number];

export function isKnowledgeTopic(value: string): value is KnowledgeTopic {
  return (knowledgeTopics as readonly string[]).includes(value);
}
