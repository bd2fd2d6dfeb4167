import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { startDriftwatch } from './ui/startDriftwatch';
import './ui/app.css';
import { applyTheme, savedTheme } from './ui/theme/theme';

applyTheme(savedTheme());
// Before React's first render: the engine takes most of a start, so it starts first.
startDriftwatch().catch(() => {});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
