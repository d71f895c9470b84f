-- What each set aimed at within its range, and where the band sat, so that an exercise's climb (target, band,
-- placement) can be drawn over time. Rows logged before this have neither.
ALTER TABLE set_logs ADD COLUMN aim bigint NULL;
ALTER TABLE set_logs ADD COLUMN placement text NULL;
