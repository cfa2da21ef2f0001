import { Navigate, Outlet } from 'react-router';
import { Loading } from '../../components/loading.js';
import { useSession } from './session.js';

/** Wraps the pages that need a logged-in user; everyone else goes to the login page. */
export function RequireLogin() {
  const { me, ready } = useSession();
  if (!ready) return <Loading />;
  if (!me) return <Navigate to="/log-ind" replace />;
  return <Outlet />;
}
