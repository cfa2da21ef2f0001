import type { ChangeServiceBody, GrantedService, GrantedServiceHistory, GrantedServiceList, RecordServiceBody } from '../../../../contracts/granted-services.js';
import type { OfferSearchResult } from '../../../../contracts/offers.js';
import type { Json } from '../../casework/api-types.js';

/** What the granted-services API answers (src/contracts/granted-services.ts), as it arrives over JSON. */
export type ServiceView = Json<GrantedService>;
export type ServiceListView = Json<GrantedServiceList>;
export type ServiceHistoryView = Json<GrantedServiceHistory>;
export type OfferSearchView = Json<OfferSearchResult>;
export type PriceUnit = GrantedService['priceUnit'];
export type { ChangeServiceBody, RecordServiceBody };

export const servicesPath = (citizenId: string) => `/citizens/${encodeURIComponent(citizenId)}/services`;
export const servicePath = (citizenId: string, serviceId: string) => `${servicesPath(citizenId)}/${encodeURIComponent(serviceId)}`;
