import { Link } from 'react-router';
import { Icon } from './icon.js';

export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link className="back-link" to={to}>
      <Icon name="chevron-left" />
      {children}
    </Link>
  );
}
