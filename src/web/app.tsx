import { BrowserRouter } from 'react-router';
import { SessionProvider } from './features/auth/session.js';
import { AppRoutes } from './routes.js';

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <AppRoutes />
      </SessionProvider>
    </BrowserRouter>
  );
}
