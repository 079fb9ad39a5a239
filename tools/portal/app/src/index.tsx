// The portal frontend's entry point: renders the app (src/App.tsx) into public/index.html's #root.
import '@backstage/cli/asset-types';
// Backstage UI's styles: the catalog's cards and several plugins' components are built on it.
import '@backstage/ui/css/styles.css';
import './styles.css';
import ReactDOM from 'react-dom/client';
import App from './App';

ReactDOM.createRoot(document.getElementById('root')!).render(<App />);
