import { Navigate } from 'react-router';
import { Loading } from '../../components/loading.js';
import { useSession } from './session.js';

/** The front page has no content of its own: it sends you to your page or to the login. */
export function StartRedirect() {
  const { me, ready } = useSession();
  if (!ready) return <Loading />;
  return <Navigate to={me ? '/min-side' : '/log-ind'} replace />;
}
