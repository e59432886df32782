import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Global tokens first, so component styles loaded with their modules build on them.
import './styles.css';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
