import type { Accompaniment, CompanionMatchList, CompanionRequest, CreateCompanionRequestBody } from '../../../contracts/companions.js';
import type { Json } from '../casework/api-types.js';

/** What the companion API answers (src/contracts/companions.ts), as it arrives over JSON. */
export type CompanionRequestView = Json<CompanionRequest>;
export type AccompanimentView = Json<Accompaniment>;
export type MatchListView = Json<CompanionMatchList>;
export type { CreateCompanionRequestBody };

export const needKeys = ['wheelchair', 'autism-friendly', 'calm'] as const;
