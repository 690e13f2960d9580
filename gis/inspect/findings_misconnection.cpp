// FindingsStore: misconnection points.
#include <cmath>

#include "core/clock.h"
#include "core/dates.h"
#include "core/error.h"
#include "geom/district_index.h"
#include "geom/spatialite_blob.h"
#include "inspect/findings.h"
#include "inspect/findings_json.h"
#include "rules/limits.h"
#include "rules/placement.h"
#include "rules/value_rules.h"
#include "store/project.h"

namespace pw {
namespace {

constexpr const char* kColumns =
    "id, pipe_id, manhole_id, kind, source_kind, inflow_diameter_mm, flow_m3d, nh3n_mg_l, cod_mg_l, weather, "
    "sampled_on, cause, status, description, version, geom";

MisconnectionRecord readMisconnection(const sql::Statement& st) {
  MisconnectionRecord r;
  r.id = st.int64(0);
  r.pipeId = st.optInt64(1);
  r.manholeId = st.optInt64(2);
  r.kind = st.text(3);
  r.sourceKind = st.optText(4);
  r.inflowDiameterMm = st.optReal(5);
  r.flowM3d = st.optReal(6);
  r.nh3nMgL = st.optReal(7);
  r.codMgL = st.optReal(8);
  r.weather = st.optText(9);
  r.sampledOn = st.optText(10);
  r.cause = st.optText(11);
  r.status = st.text(12);
  r.description = st.optText(13);
  r.version = st.int64(14);
  if (!st.isNull(15)) r.location = blob::decodePoint(st.blob(15));
  return r;
}

std::string keysOf(const std::vector<KeyName>& list) {
  std::string out;
  for (const auto& k : list) out += (out.empty() ? "" : ", ") + k.key;
  return out;
}

std::int64_t districtAt(sql::Database& db, const Point& p) {
  std::vector<DistrictShape> shapes;
  auto st = db.prepare("SELECT id, geom FROM districts WHERE geom IS NOT NULL AND MbrContains(geom, MakePoint(?, ?))");
  st.bind(1, p.x).bind(2, p.y);
  while (st.step()) {
    if (auto polygons = blob::decodeMultiPolygon(st.blob(1))) shapes.push_back({st.int64(0), std::move(*polygons)});
  }
  if (shapes.empty()) return 0;
  return DistrictIndex(shapes).pointDistrict(p.x, p.y);
}

void bindRecord(sql::Statement& st, const MisconnectionRecord& r, int srid, std::int64_t district,
                std::vector<std::uint8_t>& blob) {
  st.bind(1, r.pipeId).bind(2, r.manholeId);
  if (district) {
    st.bind(3, district);
  } else {
    st.bindNull(3);
  }
  st.bind(4, r.kind).bind(5, r.sourceKind).bind(6, r.inflowDiameterMm).bind(7, r.flowM3d).bind(8, r.nh3nMgL);
  st.bind(9, r.codMgL).bind(10, r.weather).bind(11, r.sampledOn).bind(12, r.cause).bind(13, r.status);
  st.bind(14, r.description);
  blob::encodePoint(blob, srid, r.location->x, r.location->y);
  st.bindBlob(15, blob);
}

}  // namespace

void FindingsStore::validateMisconnection(MisconnectionRecord& r) {
  auto& db = m_project.db();
  auto bad = [&](const char* templ, std::vector<std::string> args, const std::string& field, const std::string& value) {
    throwBadInput(templ, std::move(args),
                  {.record = r.id ? std::to_string(r.id) : std::string(), .field = field, .value = value});
  };
  if (!MisconnectionCatalogue::find(m_misconnections.types(), r.kind)) {
    bad(PW_TR("Misconnection type '%1' is not in the catalogue (%2)"), {r.kind, keysOf(m_misconnections.types())},
        "kind", r.kind);
  }
  if (!MisconnectionCatalogue::find(m_misconnections.statuses(), r.status)) {
    bad(PW_TR("Status '%1' is not one of %2"), {r.status, keysOf(m_misconnections.statuses())}, "status", r.status);
  }
  if (r.sourceKind && !MisconnectionCatalogue::find(m_misconnections.sourceKinds(), *r.sourceKind)) {
    bad(PW_TR("Source kind '%1' is not one of %2"), {*r.sourceKind, keysOf(m_misconnections.sourceKinds())},
        "source_kind", *r.sourceKind);
  }
  if (r.weather && !MisconnectionCatalogue::find(m_misconnections.weather(), *r.weather)) {
    bad(PW_TR("Weather '%1' is not one of %2"), {*r.weather, keysOf(m_misconnections.weather())}, "weather",
        *r.weather);
  }
  const std::string record = r.id ? std::to_string(r.id) : std::string();
  for (const auto& [field, value] :
       {std::pair{"inflow_diameter_mm", r.inflowDiameterMm}, std::pair{"flow_m3d", r.flowM3d},
        std::pair{"nh3n_mg_l", r.nh3nMgL}, std::pair{"cod_mg_l", r.codMgL}}) {
    requireWithin(value, limits().waterQuality.at(field), field, record);
  }
  if (r.sampledOn) requireRecordDate(m_project, *r.sampledOn, "sampled_on", record);
  if (r.manholeId && r.pipeId) {
    bad(PW_TR("A misconnection point is at a manhole or on a pipe, not both (manhole %1, pipe %2): give one of them"),
        {std::to_string(*r.manholeId), std::to_string(*r.pipeId)}, "place", "");
  }
  if (r.manholeId) {
    auto st = db.prepare("SELECT geom FROM manholes WHERE id = ?");
    st.bind(1, *r.manholeId);
    if (!st.step())
      bad(PW_TR("There is no manhole with the id %1"), {std::to_string(*r.manholeId)}, "manhole",
          std::to_string(*r.manholeId));
    if (!r.location) r.location = blob::decodePoint(st.blob(0));
  }
  if (r.pipeId) {
    auto st = db.prepare("SELECT geom FROM pipes WHERE id = ?");
    st.bind(1, *r.pipeId);
    if (!st.step())
      bad(PW_TR("There is no pipe with the id %1"), {std::to_string(*r.pipeId)}, "pipe", std::to_string(*r.pipeId));
    if (!r.location) {
      std::vector<double> xy;
      if (blob::decodeLineString(st.blob(0), xy) && xy.size() >= 4) {
        r.location = pointAlong(xy, lineLength(xy) / 2, InspectionDirection::WithFlow);
      }
    }
  }
  if (!r.location) {
    bad(PW_TR("A misconnection point needs a place: a manhole, a pipe or a position"), {}, "location", "");
  }
  Placement(m_project).require(*r.location, "location", record);
}

std::int64_t FindingsStore::addMisconnection(MisconnectionRecord r, const std::string& user) {
  validateMisconnection(r);
  requireCreate(user, districtAt(m_project.db(), *r.location));
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  auto st = db.prepare(
      "INSERT INTO misconnections (pipe_id, manhole_id, district_id, kind, source_kind, inflow_diameter_mm, flow_m3d, "
      "nh3n_mg_l, cod_mg_l, weather, sampled_on, cause, status, description, geom, id, created_by, created_at, "
      "version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  std::vector<std::uint8_t> blob;
  bindRecord(st, r, m_project.crsEpsg(), districtAt(db, *r.location), blob);
  if (r.id > 0) {
    st.bind(16, r.id);
  } else {
    st.bindNull(16);
  }
  r.version = restoredVersion(r.id, r.version);
  st.bind(17, user).bind(18, nowIso()).bind(19, r.version).run();
  r.id = db.lastInsertRowid();
  audit(user, "misconnection", r.id, "create", {}, toJson(r).dump());
  scope.commit();
  return r.id;
}

void FindingsStore::updateMisconnection(const MisconnectionRecord& record, const std::string& user) {
  MisconnectionRecord r = record;
  validateMisconnection(r);
  requireEdit(user, "misconnection", r.id);
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  const auto before = misconnection(r.id);
  if (!before) throw Error(ErrorKind::NotFound, PW_TR("There is no misconnection %1"), {std::to_string(r.id)});
  auto st = db.prepare(
      "UPDATE misconnections SET pipe_id = ?, manhole_id = ?, district_id = ?, kind = ?, source_kind = ?, "
      "inflow_diameter_mm = ?, flow_m3d = ?, nh3n_mg_l = ?, cod_mg_l = ?, weather = ?, sampled_on = ?, cause = ?, "
      "status = ?, description = ?, geom = ?, updated_by = ?, updated_at = ?, version = version + 1 "
      "WHERE id = ? AND version = ?");
  std::vector<std::uint8_t> blob;
  bindRecord(st, r, m_project.crsEpsg(), districtAt(db, *r.location), blob);
  st.bind(16, user).bind(17, nowIso()).bind(18, r.id).bind(19, r.version).run();
  if (db.changes() == 0) {
    throw Error(
        ErrorKind::Conflict,
        PW_TR("Misconnection %1 was changed by someone else since you read it; reload it and apply your change again"),
        {std::to_string(r.id)});
  }
  audit(user, "misconnection", r.id, "update", toJson(*before).dump(), toJson(*misconnection(r.id)).dump());
  scope.commit();
}

void FindingsStore::deleteMisconnection(std::int64_t id, std::int64_t version, const std::string& user) {
  requireEdit(user, "misconnection", id);
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  const auto before = misconnection(id);
  if (!before) throw Error(ErrorKind::NotFound, PW_TR("There is no misconnection %1"), {std::to_string(id)});
  requireNotInOpenOrder("misconnection", id,
                        PW_TR("Misconnection point %1 belongs to the open order %2; it cannot be "
                              "deleted until the order is closed or cancelled"));
  if (before->version != version) {
    throw Error(ErrorKind::Conflict,
                PW_TR("Misconnection %1 was changed by someone else since you read it; reload it first"),
                {std::to_string(id)});
  }
  auto links = db.prepare("DELETE FROM attachment_links WHERE entity = 'misconnection' AND entity_id = ?");
  links.bind(1, id).run();
  auto st = db.prepare("DELETE FROM misconnections WHERE id = ?");
  st.bind(1, id).run();
  audit(user, "misconnection", id, "delete", toJson(*before).dump(), {});
  scope.commit();
}

std::optional<MisconnectionRecord> FindingsStore::misconnection(std::int64_t id) {
  auto st = m_project.db().prepare(std::string("SELECT ") + kColumns + " FROM misconnections WHERE id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return readMisconnection(st);
}

std::vector<MisconnectionRecord> FindingsStore::misconnections(std::optional<std::int64_t> districtId) {
  std::vector<MisconnectionRecord> out;
  auto st = m_project.db().prepare(std::string("SELECT ") + kColumns + " FROM misconnections" +
                                   (districtId ? " WHERE district_id = ?" : "") + " ORDER BY id");
  if (districtId) st.bind(1, *districtId);
  while (st.step()) out.push_back(readMisconnection(st));
  return out;
}

}  // namespace pw
