-- PipeWard project schema, version 3: users with roles, rectification orders (整改工单) raised from findings, every
-- transition of an order as an event with its evidence, and the rules that set default priorities and deadlines.

-- Who works with the project. In the single-file mode the user is chosen at start: this attributes work, it is not
-- security (the server deployment enforces it in the database).
CREATE TABLE users (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE,
  display_name TEXT,
  role         TEXT NOT NULL CHECK (role IN ('field_team', 'district_manager', 'planner', 'city_admin')),
  team         TEXT,        -- a field team's team (the assignee name on its orders)
  district_id  INTEGER REFERENCES districts (id) ON DELETE SET NULL,  -- a district manager's district
  active       INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  CHECK (role <> 'field_team' OR team IS NOT NULL),
  CHECK (role <> 'district_manager' OR district_id IS NOT NULL)
);

-- A project made before users existed gets one administrator, so its history stays workable.
INSERT INTO users (name, display_name, role, created_at)
SELECT 'admin', 'Administrator', 'city_admin', strftime('%Y-%m-%dT%H:%M:%SZ', 'now');

CREATE TABLE orders (
  id             INTEGER PRIMARY KEY,
  number         TEXT NOT NULL UNIQUE,      -- district code, year, sequence: GX-2026-0007
  district_id    INTEGER NOT NULL REFERENCES districts (id),
  kind           TEXT NOT NULL CHECK (kind IN ('repair', 'maintenance', 'separation', 'reinspection')),
  state          TEXT NOT NULL CHECK (state IN ('draft', 'issued', 'accepted', 'in_progress', 'submitted',
                                                'returned', 'suspended', 'closed', 'cancelled')),
  resume_state   TEXT,                      -- the state a suspended order goes back to
  priority       TEXT NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
  assignee       TEXT,                      -- a field team or a contractor
  deadline       TEXT,                      -- YYYY-MM-DD; overdue = deadline passed and not closed (derived)
  description    TEXT,
  estimated_cost REAL,
  actual_cost    REAL,
  issued_at      TEXT,
  closed_at      TEXT,
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_by     TEXT,
  updated_at     TEXT,
  version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX orders_district_state ON orders (district_id, state);
CREATE INDEX orders_assignee ON orders (assignee, state);

-- The findings an order rectifies. A finding is in at most one open order (checked by the store).
CREATE TABLE order_items (
  order_id  INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  entity    TEXT NOT NULL CHECK (entity IN ('defect', 'misconnection')),
  entity_id INTEGER NOT NULL,
  PRIMARY KEY (order_id, entity, entity_id)
);
CREATE INDEX order_items_finding ON order_items (entity, entity_id);

-- Every transition: who, when, from, to, a note; a suspension records the approved new deadline.
CREATE TABLE order_events (
  id              INTEGER PRIMARY KEY,
  order_id        INTEGER NOT NULL REFERENCES orders (id),
  at              TEXT NOT NULL,
  user_name       TEXT NOT NULL,
  action          TEXT NOT NULL,
  from_state      TEXT,
  to_state        TEXT NOT NULL,
  note            TEXT,
  deadline_before TEXT,
  deadline_after  TEXT,
  signed_by       TEXT                       -- a signed re-inspection record accepted at closure
);
CREATE INDEX order_events_order ON order_events (order_id, at);
CREATE INDEX order_events_action ON order_events (action, at);
CREATE TRIGGER order_events_no_update BEFORE UPDATE ON order_events
BEGIN SELECT RAISE(ABORT, 'order events are append-only'); END;
CREATE TRIGGER order_events_no_delete BEFORE DELETE ON order_events
BEGIN SELECT RAISE(ABORT, 'order events are append-only'); END;

-- Evidence (photos, signed records) attached to an event.
CREATE TABLE order_evidence (
  event_id      INTEGER NOT NULL REFERENCES order_events (id),
  attachment_id INTEGER NOT NULL REFERENCES attachments (id),
  PRIMARY KEY (event_id, attachment_id)
);

-- Where the order's findings are (their centre): a geometry column added on open like the others.
INSERT INTO pw_layers (table_name, geometry_column, geometry_type) VALUES ('orders', 'geom', 'POINT');
