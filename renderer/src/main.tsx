import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The base styles first: screen styles that refine them must come later in the bundle.
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/controls.css';
import './styles/header.css';
import './styles/panels.css';
import './styles/keys.css';
import './styles/tables.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
