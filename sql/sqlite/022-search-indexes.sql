-- Indexes for the API's listings: the worst-hit-first sort and minimum-fatalities filter, and
-- sub-event listings by date.
CREATE INDEX events_fatalities ON events(fatalities, event_date);
CREATE INDEX events_sub_type_date ON events(sub_event_type, event_date);
CREATE INDEX events_admin1_date ON events(admin1, event_date);
