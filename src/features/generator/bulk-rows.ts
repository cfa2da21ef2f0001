/** A row for bulk loading: column values as PostgreSQL's text input accepts them, or null. */
export type Row = (string | null)[];

/** A table and its columns in the order every row of it gives them. */
export interface TableShape {
  table: string;
  columns: readonly string[];
}
