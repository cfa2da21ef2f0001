import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * A short confirmation to show on the page, which may come along from the previous page
 * (navigate(path, { state: { notice } })) as after creating something.
 */
export function useNotice(): [string | null, (notice: string | null) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const arrived = (location.state as { notice?: string } | null)?.notice ?? null;
  const [notice, setNotice] = useState(arrived);

  useEffect(() => {
    // Forget it in the history entry, so reloading the page does not say it again.
    if (arrived) void navigate(location.pathname, { replace: true, state: null });
  }, [arrived, location.pathname, navigate]);

  return [notice, setNotice];
}
