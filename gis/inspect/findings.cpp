#include "inspect/findings.h"

#include <cmath>

#include "core/clock.h"
#include "core/dates.h"
#include "core/error.h"
#include "core/message.h"
#include "geom/spatialite_blob.h"
#include "inspect/finding_holds.h"
#include "inspect/findings_json.h"
#include "rules/limits.h"
#include "rules/value_rules.h"
#include "store/project.h"

namespace pw {
namespace {

constexpr double kDistanceTolerance = 0.5;  // metres a CCTV counter may run past the pipe's length (cable slack)

[[noreturn]] void badField(const char* messageTemplate, std::vector<std::string> args, const std::string& field,
                           const std::string& value, std::int64_t id = 0) {
  throwBadInput(messageTemplate, std::move(args),
                {.record = id ? std::to_string(id) : std::string(), .field = field, .value = value});
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

InspectionDirection directionOf(const std::string& d) {
  return d == "against_flow" ? InspectionDirection::AgainstFlow : InspectionDirection::WithFlow;
}

InspectionRecord readInspection(const sql::Statement& st) {
  InspectionRecord r;
  r.id = st.int64(0);
  r.pipeId = st.int64(1);
  r.date = st.text(2);
  r.method = st.text(3);
  r.direction = st.text(4);
  r.team = st.optText(5);
  r.inspectedLength = st.optReal(6);
  r.notes = st.optText(7);
  r.version = st.int64(8);
  return r;
}

DefectRecord readDefect(const sql::Statement& st) {
  DefectRecord r;
  r.id = st.int64(0);
  r.inspectionId = st.int64(1);
  r.code = st.text(2);
  r.grade = static_cast<int>(st.int64(3));
  r.distance = st.real(4);
  r.length = st.optReal(5);
  if (!st.isNull(6)) r.clockFrom = static_cast<int>(st.int64(6));
  if (!st.isNull(7)) r.clockTo = static_cast<int>(st.int64(7));
  r.description = st.optText(8);
  r.version = st.int64(9);
  return r;
}

constexpr const char* kInspectionColumns =
    "id, pipe_id, inspected_on, method, direction, team, inspected_length, notes, version";
constexpr const char* kDefectColumns =
    "id, inspection_id, code, grade, distance_m, length_m, clock_from, clock_to, description, version";

}  // namespace

FindingsStore::FindingsStore(Project& project, const DefectCatalogue& defects,
                             const MisconnectionCatalogue& misconnections)
    : m_project(project), m_defects(defects), m_misconnections(misconnections) {}

void FindingsStore::audit(const std::string& user, const std::string& entity, std::int64_t id,
                          const std::string& action, const std::string& before, const std::string& after) {
  auto st = m_project.db().prepare(
      "INSERT INTO audit_log (at, user_name, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, nowIso()).bind(2, user).bind(3, entity).bind(4, id).bind(5, action);
  if (!before.empty()) st.bind(6, before);
  if (!after.empty()) st.bind(7, after);
  st.run();
}

// --- inspections -----------------------------------------------------------------------------------------------

void FindingsStore::validateInspection(const InspectionRecord& r) {
  auto& db = m_project.db();
  auto pipe = db.prepare("SELECT length_m FROM pipes WHERE id = ?");
  pipe.bind(1, r.pipeId);
  if (!pipe.step())
    badField(PW_TR("There is no pipe with the id %1"), {std::to_string(r.pipeId)}, "pipe", std::to_string(r.pipeId));
  const double pipeLength = pipe.real(0);
  validateInspectionValues(r);
  // The counter may run past the pipe (it starts in the manhole, cable slack), but not to twice its length.
  const double longest = pipeLength * limits().inspectedLengthMaxRatio + limits().inspectedLengthSlackM;
  if (r.inspectedLength && *r.inspectedLength > longest) {
    badField(PW_TR("The inspected length %1 m is far beyond the pipe's length of %2 m (at most %3 m)"),
             {formatNumber(*r.inspectedLength, 2), formatNumber(pipeLength, 2), formatNumber(longest, 2)},
             "inspected_length", formatNumber(*r.inspectedLength), r.id);
  }
}

void FindingsStore::validateInspectionValues(const InspectionRecord& r) const {
  requireRecordDate(m_project, r.date, "date", r.id ? std::to_string(r.id) : std::string());
  if (r.method != "cctv" && r.method != "qv" && r.method != "sonar" && r.method != "visual") {
    badField(PW_TR("Inspection method '%1' is not one of cctv, qv, sonar, visual"), {r.method}, "method", r.method,
             r.id);
  }
  if (r.direction != "with_flow" && r.direction != "against_flow") {
    badField(PW_TR("Inspection direction '%1' is not with_flow or against_flow"), {r.direction}, "direction",
             r.direction, r.id);
  }
  if (r.inspectedLength && (!std::isfinite(*r.inspectedLength) || *r.inspectedLength < 0)) {
    badField(PW_TR("The inspected length cannot be negative (%1)"), {formatNumber(*r.inspectedLength)},
             "inspected_length", formatNumber(*r.inspectedLength), r.id);
  }
}

std::int64_t FindingsStore::addInspection(InspectionRecord r, const std::string& user) {
  validateInspection(r);
  requireCreate(user, districtOfPipe(r.pipeId));
  requireInspectionTeam(user, r);
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  auto st = db.prepare(
      "INSERT INTO inspections (id, pipe_id, inspected_on, method, direction, team, inspected_length, notes, "
      "created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (r.id > 0) {
    st.bind(1, r.id);  // restoring a deleted record (undo) keeps its id
  } else {
    st.bindNull(1);
  }
  st.bind(2, r.pipeId).bind(3, r.date).bind(4, r.method).bind(5, r.direction).bind(6, r.team);
  r.version = restoredVersion(r.id, r.version);
  st.bind(7, r.inspectedLength).bind(8, r.notes).bind(9, user).bind(10, nowIso()).bind(11, r.version).run();
  r.id = db.lastInsertRowid();
  audit(user, "inspection", r.id, "create", {}, toJson(r).dump());
  scope.commit();
  return r.id;
}

void FindingsStore::updateInspection(const InspectionRecord& record, const std::string& user) {
  InspectionRecord r = record;
  validateInspection(r);
  requireEdit(user, "inspection", r.id);
  requireInspectionTeam(user, r);
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  const auto before = inspection(r.id);
  if (!before) throw Error(ErrorKind::NotFound, PW_TR("There is no inspection %1"), {std::to_string(r.id)});
  auto st = db.prepare(
      "UPDATE inspections SET pipe_id = ?, inspected_on = ?, method = ?, direction = ?, team = ?, inspected_length = "
      "?, "
      "notes = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?");
  st.bind(1, r.pipeId).bind(2, r.date).bind(3, r.method).bind(4, r.direction).bind(5, r.team);
  st.bind(6, r.inspectedLength).bind(7, r.notes).bind(8, user).bind(9, nowIso()).bind(10, r.id).bind(11, r.version);
  st.run();
  if (db.changes() == 0) {
    throw Error(
        ErrorKind::Conflict,
        PW_TR("Inspection %1 was changed by %2 since you read it; reload it and apply your change again"),
        {std::to_string(r.id),
         db.scalarText("SELECT coalesce(updated_by, created_by) FROM inspections WHERE id = " + std::to_string(r.id))});
  }
  audit(user, "inspection", r.id, "update", toJson(*before).dump(), toJson(*inspection(r.id)).dump());
  // The defects' positions depend on the pipe and the direction.
  for (const auto& d : defectsOfInspection(r.id)) storeDefectGeometry(d.id);
  scope.commit();
}

void FindingsStore::deleteInspection(std::int64_t id, std::int64_t version, const std::string& user) {
  requireEdit(user, "inspection", id);
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  const auto before = inspection(id);
  if (!before) throw Error(ErrorKind::NotFound, PW_TR("There is no inspection %1"), {std::to_string(id)});
  if (before->version != version) {
    throw Error(ErrorKind::Conflict,
                PW_TR("Inspection %1 was changed by someone else since you read it; reload it first"),
                {std::to_string(id)});
  }
  for (const auto& d : defectsOfInspection(id)) {
    if (const auto order = openOrderHolding(m_project, "defect", d.id)) {
      throwBadInput(PW_TR("Inspection %1 holds defect %2 of the open order %3; it cannot be deleted until the order is "
                          "closed or cancelled"),
                    {std::to_string(id), std::to_string(d.id), *order},
                    {.record = std::to_string(id), .field = "order", .value = *order});
    }
  }
  for (const auto& d : defectsOfInspection(id)) deleteDefect(d.id, d.version, user);
  auto st = db.prepare("DELETE FROM inspections WHERE id = ?");
  st.bind(1, id).run();
  audit(user, "inspection", id, "delete", toJson(*before).dump(), {});
  scope.commit();
}

std::optional<InspectionRecord> FindingsStore::inspection(std::int64_t id) {
  auto st = m_project.db().prepare(std::string("SELECT ") + kInspectionColumns + " FROM inspections WHERE id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return readInspection(st);
}

std::vector<std::int64_t> FindingsStore::inspectedPipes() {
  std::vector<std::int64_t> out;
  auto st = m_project.db().prepare("SELECT DISTINCT pipe_id FROM inspections ORDER BY pipe_id");
  while (st.step()) out.push_back(st.int64(0));
  return out;
}

std::vector<InspectionRecord> FindingsStore::inspectionsOfPipe(std::int64_t pipeId) {
  std::vector<InspectionRecord> out;
  auto st = m_project.db().prepare(std::string("SELECT ") + kInspectionColumns +
                                   " FROM inspections WHERE pipe_id = ? ORDER BY inspected_on DESC, id DESC");
  st.bind(1, pipeId);
  while (st.step()) out.push_back(readInspection(st));
  return out;
}

// --- defects ---------------------------------------------------------------------------------------------------

void FindingsStore::validateDefect(const DefectRecord& r) {
  auto& db = m_project.db();
  auto st = db.prepare("SELECT p.length_m FROM inspections i JOIN pipes p ON p.id = i.pipe_id WHERE i.id = ?");
  st.bind(1, r.inspectionId);
  if (!st.step()) {
    badField(PW_TR("There is no inspection %1"), {std::to_string(r.inspectionId)}, "inspection",
             std::to_string(r.inspectionId));
  }
  validateDefectValues(r, st.real(0));
}

void FindingsStore::validateDefectValues(const DefectRecord& r, double pipeLength) const {
  const DefectType* type = m_defects.type(r.code);
  if (!type) {
    std::vector<std::string> codes;
    for (const auto& t : m_defects.types()) codes.push_back(t.code);
    badField(PW_TR("Unknown defect code '%1' (%2 knows %3)"), {r.code, m_defects.standard(), joined(codes)}, "code",
             r.code, r.id);
  }
  if (!type->grade(r.grade)) {
    std::vector<std::string> grades;
    for (const auto& g : type->grades) grades.push_back(std::to_string(g.grade));
    badField(PW_TR("Grade %1 is not defined for %2 (%3): its grades are %4"),
             {std::to_string(r.grade), r.code, type->name, joined(grades)}, "grade", std::to_string(r.grade), r.id);
  }
  if (!std::isfinite(r.distance) || r.distance < 0) {
    badField(PW_TR("The distance %1 m is not a position along the pipe"), {formatNumber(r.distance)}, "distance",
             formatNumber(r.distance), r.id);
  }
  if (r.distance > pipeLength + kDistanceTolerance) {
    badField(PW_TR("The distance %1 m is beyond the pipe's length of %2 m"),
             {formatNumber(r.distance, 2), formatNumber(pipeLength, 2)}, "distance", formatNumber(r.distance), r.id);
  }
  if (r.length) {
    if (!std::isfinite(*r.length) || *r.length < 0) {
      badField(PW_TR("The defect length %1 m cannot be negative"), {formatNumber(*r.length)}, "length",
               formatNumber(*r.length), r.id);
    }
    if (*r.length > 0 && !type->continuous) {
      badField(PW_TR("%1 (%2) is a local defect and has no length; record it without one"), {r.code, type->name},
               "length", formatNumber(*r.length), r.id);
    }
    if (r.distance + *r.length > pipeLength + kDistanceTolerance) {
      badField(PW_TR("The defect runs from %1 m to %2 m, beyond the pipe's length of %3 m"),
               {formatNumber(r.distance, 2), formatNumber(r.distance + *r.length, 2), formatNumber(pipeLength, 2)},
               "length", formatNumber(*r.length), r.id);
    }
  }
  for (const auto& [field, clock] : {std::pair{"clock_from", r.clockFrom}, std::pair{"clock_to", r.clockTo}}) {
    if (clock && (*clock < 1 || *clock > 12)) {
      badField(PW_TR("The clock position %1 is not an hour from 1 to 12"), {std::to_string(*clock)}, field,
               std::to_string(*clock), r.id);
    }
  }
}

void FindingsStore::storeDefectGeometry(std::int64_t defectId) {
  auto& db = m_project.db();
  auto st = db.prepare(
      "SELECT p.geom, i.direction, d.distance_m, d.length_m FROM defects d JOIN inspections i ON i.id = "
      "d.inspection_id "
      "JOIN pipes p ON p.id = i.pipe_id WHERE d.id = ?");
  st.bind(1, defectId);
  if (!st.step()) return;
  std::vector<double> xy;
  if (!blob::decodeLineString(st.blob(0), xy) || xy.size() < 4) return;
  const auto direction = directionOf(st.text(1));
  const double distance = st.real(2);
  const auto length = st.optReal(3);
  const int srid = m_project.crsEpsg();
  std::vector<std::uint8_t> point;
  const Point p = pointAlong(xy, distance, direction);
  blob::encodePoint(point, srid, p.x, p.y);
  std::vector<std::uint8_t> line;
  if (length && *length > 0) {
    const auto piece = pieceAlong(xy, distance, *length, direction);
    if (piece.size() >= 4) blob::encodeLineString(line, srid, piece);
  }
  auto update = db.prepare("UPDATE defects SET geom = ?, geom_line = ? WHERE id = ?");
  update.bindBlob(1, point);
  if (line.empty()) {
    update.bindNull(2);
  } else {
    update.bindBlob(2, line);
  }
  update.bind(3, defectId).run();
}

std::int64_t FindingsStore::addDefect(DefectRecord r, const std::string& user) {
  validateDefect(r);
  requireCreate(user, districtOfPipe(m_project.db().scalarInt("SELECT pipe_id FROM inspections WHERE id = " +
                                                              std::to_string(r.inspectionId))));
  requireOwnInspection(user, r.inspectionId);
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  auto st = db.prepare(
      "INSERT INTO defects (id, inspection_id, code, grade, distance_m, length_m, clock_from, clock_to, description, "
      "created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (r.id > 0) {
    st.bind(1, r.id);
  } else {
    st.bindNull(1);
  }
  st.bind(2, r.inspectionId).bind(3, r.code).bind(4, r.grade).bind(5, r.distance).bind(6, r.length);
  st.bind(7, r.clockFrom ? std::optional<std::int64_t>(*r.clockFrom) : std::nullopt);
  st.bind(8, r.clockTo ? std::optional<std::int64_t>(*r.clockTo) : std::nullopt);
  r.version = restoredVersion(r.id, r.version);
  st.bind(9, r.description).bind(10, user).bind(11, nowIso()).bind(12, r.version).run();
  r.id = db.lastInsertRowid();
  storeDefectGeometry(r.id);
  audit(user, "defect", r.id, "create", {}, toJson(r).dump());
  scope.commit();
  return r.id;
}

void FindingsStore::updateDefect(const DefectRecord& r, const std::string& user) {
  validateDefect(r);
  requireEdit(user, "defect", r.id);
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  const auto before = defect(r.id);
  if (!before) throw Error(ErrorKind::NotFound, PW_TR("There is no defect %1"), {std::to_string(r.id)});
  if (r.inspectionId != before->inspectionId) requireOwnInspection(user, r.inspectionId);
  // What the closure check compares a re-inspection with stays as the order was raised on.
  if (r.inspectionId != before->inspectionId || r.code != before->code || r.distance != before->distance) {
    requireNotInOpenOrder("defect", r.id,
                          PW_TR("Defect %1 belongs to the open order %2; its inspection, code and "
                                "distance cannot change until the order is closed or cancelled"));
  }
  auto st = db.prepare(
      "UPDATE defects SET inspection_id = ?, code = ?, grade = ?, distance_m = ?, length_m = ?, clock_from = ?, "
      "clock_to = ?, description = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = "
      "?");
  st.bind(1, r.inspectionId).bind(2, r.code).bind(3, r.grade).bind(4, r.distance).bind(5, r.length);
  st.bind(6, r.clockFrom ? std::optional<std::int64_t>(*r.clockFrom) : std::nullopt);
  st.bind(7, r.clockTo ? std::optional<std::int64_t>(*r.clockTo) : std::nullopt);
  st.bind(8, r.description).bind(9, user).bind(10, nowIso()).bind(11, r.id).bind(12, r.version).run();
  if (db.changes() == 0) {
    throw Error(ErrorKind::Conflict,
                PW_TR("Defect %1 was changed by someone else since you read it; reload it and apply your change again"),
                {std::to_string(r.id)});
  }
  storeDefectGeometry(r.id);
  audit(user, "defect", r.id, "update", toJson(*before).dump(), toJson(*defect(r.id)).dump());
  scope.commit();
}

void FindingsStore::deleteDefect(std::int64_t id, std::int64_t version, const std::string& user) {
  requireEdit(user, "defect", id);
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  const auto before = defect(id);
  if (!before) throw Error(ErrorKind::NotFound, PW_TR("There is no defect %1"), {std::to_string(id)});
  requireNotInOpenOrder("defect", id,
                        PW_TR("Defect %1 belongs to the open order %2; it cannot be deleted until the "
                              "order is closed or cancelled"));
  if (before->version != version) {
    throw Error(ErrorKind::Conflict, PW_TR("Defect %1 was changed by someone else since you read it; reload it first"),
                {std::to_string(id)});
  }
  auto links = db.prepare("DELETE FROM attachment_links WHERE entity = 'defect' AND entity_id = ?");
  links.bind(1, id).run();
  auto st = db.prepare("DELETE FROM defects WHERE id = ?");
  st.bind(1, id).run();
  audit(user, "defect", id, "delete", toJson(*before).dump(), {});
  scope.commit();
}

std::optional<DefectRecord> FindingsStore::defect(std::int64_t id) {
  auto st = m_project.db().prepare(std::string("SELECT ") + kDefectColumns + " FROM defects WHERE id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return readDefect(st);
}

std::vector<DefectRecord> FindingsStore::defectsOfInspection(std::int64_t inspectionId) {
  std::vector<DefectRecord> out;
  auto st = m_project.db().prepare(std::string("SELECT ") + kDefectColumns +
                                   " FROM defects WHERE inspection_id = ? ORDER BY distance_m, id");
  st.bind(1, inspectionId);
  while (st.step()) out.push_back(readDefect(st));
  return out;
}

std::vector<AuditEntry> FindingsStore::auditOf(const std::string& entity, std::int64_t entityId) {
  std::vector<AuditEntry> out;
  auto st = m_project.db().prepare(
      "SELECT id, at, user_name, entity, entity_id, action, coalesce(before, ''), coalesce(after, '') FROM audit_log "
      "WHERE entity = ? AND entity_id = ? ORDER BY id");
  st.bind(1, entity).bind(2, entityId);
  while (st.step()) {
    out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4), st.text(5), st.text(6), st.text(7)});
  }
  return out;
}

}  // namespace pw
