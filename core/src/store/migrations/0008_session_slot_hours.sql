-- Schema 8: a session's own slot hours. An Order of the Day gives a meeting a slot — morning,
-- midday or afternoon — whose hours are the Council's usual ones (09:00–12:00, 12:00–15:00,
-- 15:00–18:00) unless the session's settings say otherwise (a session meeting 10:00–13:00 in
-- the morning). Each slot's Geneva start and end, `HH:MM`, both null while the slot keeps the
-- Council's usual hours; the end is after the start, within the day. Every existing session
-- keeps the usual hours, so no row changes.
ALTER TABLE sessions ADD COLUMN morning_start TEXT;
ALTER TABLE sessions ADD COLUMN morning_end TEXT
    CHECK ((morning_start IS NULL) = (morning_end IS NULL) AND morning_end > morning_start);
ALTER TABLE sessions ADD COLUMN midday_start TEXT;
ALTER TABLE sessions ADD COLUMN midday_end TEXT
    CHECK ((midday_start IS NULL) = (midday_end IS NULL) AND midday_end > midday_start);
ALTER TABLE sessions ADD COLUMN afternoon_start TEXT;
ALTER TABLE sessions ADD COLUMN afternoon_end TEXT
    CHECK ((afternoon_start IS NULL) = (afternoon_end IS NULL) AND afternoon_end > afternoon_start);
