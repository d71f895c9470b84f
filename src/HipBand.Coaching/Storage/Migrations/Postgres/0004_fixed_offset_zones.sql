-- As Sqlite/0004: whole-hour offsets stored as "UTC+02:00" become the IANA id of the same fixed offset, sign inverted
-- ("UTC+02:00" is "Etc/GMT-2"). Kept so that a version means the same schema and data on both engines.
UPDATE trainees
SET time_zone = 'Etc/GMT'
    || CASE substr(time_zone, 4, 1) WHEN '+' THEN '-' ELSE '+' END
    || CAST(CAST(substr(time_zone, 5, 2) AS integer) AS text)
WHERE time_zone ~ '^UTC[+-][0-9][0-9]:00$';
