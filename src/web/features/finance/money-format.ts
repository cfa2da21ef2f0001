/**
 * Money on the finance pages: the API speaks integer øre; people read and type kroner with Danish separators
 * ("1.234.567,50 kr."). Shared by every finance page. Pure functions, so they are tested without a browser.
 */

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'da-DK';
}

/** øre as kroner with two decimals and the currency: "1.234.567,50 kr." (da), "DKK 1,234,567.50" (en). */
export function formatKroner(ore: number, language = 'da'): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'DKK', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ore / 100);
}

/** øre as whole kroner, for totals where øre are noise: "1.234.568 kr." (rounded half away from zero). */
export function formatWholeKroner(ore: number, language = 'da'): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'DKK', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(Math.sign(ore) * Math.round(Math.abs(ore) / 100));
}

/** øre as an amount to put in an input field, without currency or thousands separators: "2950,50" (da), "2950.50" (en). */
export function kronerInputValue(ore: number, language = 'da'): string {
  const whole = Math.trunc(ore / 100);
  const cents = Math.abs(ore % 100);
  const text = cents === 0 ? String(whole) : `${whole}${language === 'en' ? '.' : ','}${String(cents).padStart(2, '0')}`;
  return ore < 0 && whole === 0 ? `-${text}` : text;
}

/**
 * A typed amount of kroner to øre, or null when it is not one. Accepts what people type: "2950", "2.950", "2 950",
 * "2950,5", "2.950,50", "2950.50", "kr. 2.950,50" and "2950 kr". A comma is the decimal mark; without a comma a point
 * followed by exactly three digits groups thousands ("2.950" is 2950 kr.), otherwise it is the decimal mark
 * ("2950.5"). More than two decimals is not an amount of money. The sign is kept, so the server can say why a
 * negative price is wrong.
 */
export function parseKronerToOre(text: string): number | null {
  let value = text.trim().replace(/^(kr\.?|dkk)\s*/i, '').replace(/\s*(kr\.?|dkk)$/i, '').trim();
  const negative = /^[-−]/.test(value);
  if (negative) value = value.slice(1);
  value = value.replace(/[\s\u00a0]/g, '');
  let whole: string;
  let decimals = '';
  if (value.includes(',')) {
    const match = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})$/.exec(value);
    if (!match) return null;
    whole = match[1]!.replace(/\./g, '');
    decimals = match[2]!;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(value)) {
    whole = value.replace(/\./g, '');
  } else {
    const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value);
    if (!match) return null;
    whole = match[1]!;
    decimals = match[2] ?? '';
  }
  const ore = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return null;
  return negative ? -ore : ore;
}

/** A quantity in hundredths as people read it: 350 → "3,5" (da), "3.5" (en); 100 → "1". */
export function formatHundredths(hundredths: number, language = 'da'): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2 }).format(hundredths / 100);
}

/** A quantity in hundredths to put in an input field, without grouping: 350 → "3,5" (da), "3.5" (en). */
export function hundredthsInputValue(hundredths: number, language = 'da'): string {
  const text = String(hundredths / 100);
  return language === 'en' ? text : text.replace('.', ',');
}

/** A typed quantity ("3,5", "3.5", "12") to hundredths, or null; at most two decimals. */
export function parseHundredths(text: string): number | null {
  const value = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(value)) return null;
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const hundredths = Number(whole) * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(hundredths)) return null;
  return value.startsWith('-') ? -hundredths : hundredths;
}
