import type { TFunction } from 'i18next';

// Role ids and menu keys come from the server. A newer server may send one this app has no text for yet;
// it is then shown by its id rather than hidden, so the user can still reach the page.

export function roleName(t: TFunction, role: string): string {
  return t(`roles.${role}`, { defaultValue: role });
}

export function navigationLabel(t: TFunction, key: string): string {
  return t(`nav.${key}`, { defaultValue: key });
}

export function navigationHelp(t: TFunction, key: string): string {
  return t(`navHelp.${key}`, { defaultValue: '' });
}
