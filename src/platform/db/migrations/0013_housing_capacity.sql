-- Housing capacity (DOMAIN §4.4, §5.8). The self-sufficiency rate counts the residential placements active on one
-- reference day per year, and a residential offer's occupancy those active today. Only live residential decisions
-- count, a small part of all granted services, so they get an index of their own that holds every column the counts
-- read (an index-only scan, without visiting the table).
CREATE INDEX granted_service_residential ON granted_service (tenant_id, period_from)
  INCLUDE (period_to, provider_kind, placement, offer_id)
  WHERE residential AND cancelled_at IS NULL;
