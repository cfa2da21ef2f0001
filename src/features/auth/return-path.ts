const DEFAULT_RETURN_PATH = '/min-side';

/** A path on this site: "//host" and "/\host" would be read by browsers as another site. */
const sameSitePath = /^\/(?![/\\])[^\u0000-\u0020\u007f\\]*$/;

/** Where to send the user after login; never off this site, so a crafted login link cannot lead a fresh session to an attacker's page. */
export function safeReturnPath(value: string | undefined): string {
  return value !== undefined && value.length <= 500 && sameSitePath.test(value) ? value : DEFAULT_RETURN_PATH;
}
