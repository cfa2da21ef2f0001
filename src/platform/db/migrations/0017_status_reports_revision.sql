-- Status reports (issue 7): the draft's summary is edited by more than one leader, so an edit names the revision it
-- started from (optimistic concurrency). `version` stays the report's number in its strategy and year.
ALTER TABLE status_report ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision > 0);
ALTER TABLE status_report ADD COLUMN updated_at timestamptz;

-- At most one draft and one published version per strategy and year: publishing supersedes the one before in the
-- same transaction, and a second draft would make "the next version" ambiguous.
CREATE UNIQUE INDEX status_report_one_draft ON status_report (tenant_id, strategy_id, year) WHERE state = 'draft';
CREATE UNIQUE INDEX status_report_one_published ON status_report (tenant_id, strategy_id, year) WHERE state = 'published';
