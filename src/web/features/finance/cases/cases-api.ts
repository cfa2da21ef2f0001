/** What the expensive-case endpoints answer, from the shared contracts (types only). */
import type { z } from 'zod';
import type { CommitteeStatus, expensiveCaseList } from '../../../../contracts/finance-cases.js';

export type { CommitteeStatus };
export type ExpensiveCaseList = z.infer<typeof expensiveCaseList>;
export type YearFigures = CommitteeStatus['trend'][number];
export type RefusionBand = CommitteeStatus['bands'][number];
