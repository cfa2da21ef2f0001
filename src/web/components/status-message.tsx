import { Icon } from './icon.js';

/**
 * A success message in a live region that is always on the page, so screen readers announce the text
 * when it appears. The icon and the words carry the meaning, not the green colour.
 */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <div role="status">
      {message && (
        <div className="alert alert-success">
          <Icon name="success" className="alert-icon" />
          <p className="alert-heading">{message}</p>
        </div>
      )}
    </div>
  );
}
