import { register } from '@public-ui/components';
import { defineCustomElements } from '@public-ui/components/loader';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initI18n, kolibriLanguage, storedLanguage } from './i18n';
import { lotseTheme } from './kolibri-theme';
import './styles/fonts.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/pages.css';
import './styles/wegweiser.css';
import './styles/wegweiser-place-family.css';
import './styles/place-combobox.css';
import './styles/cases.css';
import './styles/law.css';
import './styles/admin-network.css';
import './styles/network-map.css';
import './styles/responsibility.css';

const language = storedLanguage();

// KoliBri first (theme + components, its own texts in the chosen language), then React.
void Promise.all([register(lotseTheme, defineCustomElements, { translation: { name: kolibriLanguage(language) } }), initI18n(language)])
  .then(() => {
    const container = document.getElementById('root');
    if (!container) throw new Error('#root is missing in index.html');
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error('Lotse could not start', error);
  });
