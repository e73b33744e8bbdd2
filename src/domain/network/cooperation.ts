/** Topics of declared cooperation agreements between organisations of the network. */
export const cooperationTopics = ['recognition', 'accelerated_procedure', 'welcome', 'labour_market', 'language', 'family'] as const;
export type CooperationTopic = (typeof cooperationTopics)[number];

export const cooperationTopicNames: Record<CooperationTopic, { de: string; en: string }> = {
  recognition: { de: 'Anerkennung', en: 'Recognition' },
  accelerated_procedure: { de: 'Beschleunigtes Fachkräfteverfahren', en: 'Accelerated skilled-worker procedure' },
  welcome: { de: 'Ankommen und Willkommen', en: 'Arrival and welcome' },
  labour_market: { de: 'Arbeitsmarkt und Vermittlung', en: 'Labour market and placement' },
  language: { de: 'Sprache', en: 'Language' },
  family: { de: 'Familie', en: 'Family' },
};
