// The portal frontend's entry point: renders the app (src/App.tsx) into public/index.html's #root.
import '@backstage/cli/asset-types';
import ReactDOM from 'react-dom/client';
import App from './App';

ReactDOM.createRoot(document.getElementById('root')!).render(<App />);
