import type { TFunction } from 'i18next';
import { formatDate } from '../../casework/shared.js';
import { formatHundredths, formatKroner } from '../money-format.js';
import type { ServiceView } from './api-types.js';

/** How the Ydelser pages say a decision's period and price. `t` is the finance namespace's. */

export function periodText(t: TFunction, service: Pick<ServiceView, 'periodFrom' | 'periodTo'>, language: string): string {
  return t('services.period', { from: formatDate(service.periodFrom, language), to: service.periodTo ? formatDate(service.periodTo, language) : t('services.untilFurtherNotice') });
}

/** "2.950,00 kr. pr. dag", and the quantity when it is not 1: "525,00 kr. pr. time, 3,5 timer om ugen". */
export function priceText(t: TFunction, service: Pick<ServiceView, 'priceUnit' | 'unitPriceOre' | 'quantityHundredths'>, language: string): string {
  const price = t(`services.price.${service.priceUnit}`, { amount: formatKroner(service.unitPriceOre, language) });
  if (service.quantityHundredths === 100 && service.priceUnit !== 'hour') return price;
  return `${price}, ${t(`services.quantity.${service.priceUnit}`, { quantity: formatHundredths(service.quantityHundredths, language) })}`;
}
