-- PipeWard project schema, version 4: indexes for the rectification KPIs (gis/report/kpi.cpp), which read every pipe,
-- every order and the events of a period at each dashboard refresh. Each one answers its query from the index alone.

-- Length of the network per district, and of its separate rain and sewage pipes (with each pipe's id).
CREATE INDEX pipes_district_drainage_length ON pipes (district_id, drainage, length_m);

-- Each pipe's latest inspection (the last date, then the last recorded: the id), found by one seek.
CREATE INDEX inspections_pipe_date ON inspections (pipe_id, inspected_on);

-- The grades of the defects of each inspection.
CREATE INDEX defects_inspection_grade ON defects (inspection_id, grade);

-- The submissions and returns of a period, and their orders.
CREATE INDEX order_events_action_order ON order_events (action, at, order_id);

-- The orders changed after a past period's last day, and the state each one was in that day (the first later event's
-- from_state).
CREATE INDEX order_events_at_order ON order_events (at, order_id, from_state);
