import { uuidv7 } from 'uuidv7';

/** Every id is a UUIDv7: time-ordered, so primary-key indexes stay compact under inserts. */
export const newId = (): string => uuidv7();
