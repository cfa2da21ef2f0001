-- Rows of an imported HSDS tabular data package that name no object of the package (a meta_table_descriptions row,
-- an attribute or metadata row whose link points outside the data). No catalogue row can hold them, so they are kept
-- here exactly as they came, and the package exports back as it came (decision 0005, docs/hsds.md).
CREATE TABLE hsds_unlinked_row (
  tenant_id   uuid NOT NULL REFERENCES tenant (tenant_id),
  -- The HSDS object the row is, e.g. 'attribute', 'metadata', 'meta_table_description'.
  table_name  text NOT NULL CHECK (length(table_name) BETWEEN 1 AND 60),
  row_id      uuid NOT NULL,
  row_data    jsonb NOT NULL,
  imported_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, table_name, row_id)
);

ALTER TABLE hsds_unlinked_row ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON hsds_unlinked_row USING (tenant_id = mestring_current_tenant()) WITH CHECK (tenant_id = mestring_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON hsds_unlinked_row TO mestring_app;
