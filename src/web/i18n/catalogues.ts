import deCore from './de.json';
import deAdminNetwork from './de/admin-network.json';
import deAdminUsers from './de/admin-users.json';
import deKnowledge from './de/knowledge.json';
import deLaw from './de/law.json';
import deLearning from './de/learning.json';
import deNetwork from './de/network.json';
import dePlaces from './de/places.json';
import deNetworkMap from './de/network-map.json';
import deReferrals from './de/referrals.json';
import deResponsibility from './de/responsibility.json';
import deWegweiserPlaceFamily from './de/wegweiser-place-family.json';
import dePortal from './de/portal.json';
import deEmployer from './de/employer.json';
import enCore from './en.json';
import enAdminNetwork from './en/admin-network.json';
import enAdminUsers from './en/admin-users.json';
import enKnowledge from './en/knowledge.json';
import enLaw from './en/law.json';
import enLearning from './en/learning.json';
import enNetwork from './en/network.json';
import enPlaces from './en/places.json';
import enNetworkMap from './en/network-map.json';
import enReferrals from './en/referrals.json';
import enResponsibility from './en/responsibility.json';
import enWegweiserPlaceFamily from './en/wegweiser-place-family.json';
import enPortal from './en/portal.json';
import enEmployer from './en/employer.json';

// One file per feature area so that work on different areas does not touch the same file;
// each feature's keys live under its own top-level key.
export const de = {
  ...deCore,
  knowledge: deKnowledge,
  law: deLaw,
  learning: deLearning,
  referrals: deReferrals,
  wegweiserPlaceFamily: deWegweiserPlaceFamily,
  places: dePlaces,
  network: deNetwork,
  adminNetwork: deAdminNetwork,
  networkMap: deNetworkMap,
  adminUsers: deAdminUsers,
  responsibility: deResponsibility,
  portal: dePortal,
  employer: deEmployer,
};
export const en: typeof de = {
  ...enCore,
  knowledge: enKnowledge,
  law: enLaw,
  learning: enLearning,
  referrals: enReferrals,
  wegweiserPlaceFamily: enWegweiserPlaceFamily,
  places: enPlaces,
  network: enNetwork,
  adminNetwork: enAdminNetwork,
  networkMap: enNetworkMap,
  adminUsers: enAdminUsers,
  responsibility: enResponsibility,
  portal: enPortal,
  employer: enEmployer,
};
