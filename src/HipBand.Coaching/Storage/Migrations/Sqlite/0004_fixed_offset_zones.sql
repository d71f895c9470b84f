-- Whole-hour offsets were stored as "UTC+02:00", an id Quartz cannot read back. They become the IANA id of the same
-- fixed offset, whose sign is inverted ("UTC+02:00" is "Etc/GMT-2"). Other offsets ("UTC+05:30") stay as they are.
UPDATE trainees
SET time_zone = 'Etc/GMT'
    || CASE substr(time_zone, 4, 1) WHEN '+' THEN '-' ELSE '+' END
    || CAST(CAST(substr(time_zone, 5, 2) AS INTEGER) AS TEXT)
WHERE time_zone GLOB 'UTC[+-][0-9][0-9]:00';
