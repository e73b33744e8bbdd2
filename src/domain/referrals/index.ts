/** Referrals: life-cycle, due instants on working time of the recipient's Land, reminders and pauses. */
export * from './berlin-time';
export * from './working-time';
export * from './deadlines';
export * from './state-machine';
