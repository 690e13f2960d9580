#include "queries/feature_info.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/message.h"
#include "core/tr.h"
#include "geom/spatialite_blob.h"
#include "io/profile.h"
#include "store/project.h"

namespace pw {
namespace {

std::string number(const sql::Statement& st, int column, int decimals = 3) {
  return st.isNull(column) ? std::string() : formatNumber(st.real(column), decimals);
}

void addAttrs(std::vector<AttributeRow>& rows, const std::string& attrs) {
  if (attrs.empty()) return;
  try {
    const auto doc = nlohmann::json::parse(attrs);
    for (const auto& [key, value] : doc.items()) {
      rows.push_back({"", key, value.is_string() ? value.get<std::string>() : value.dump()});
    }
  } catch (const nlohmann::json::exception&) {  // damaged attrs: show them raw
    rows.push_back({"", "attrs", attrs});
  }
}

/// The drainage type as a word the interface translates.
std::string drainageText(const std::string& key) {
  if (key == "rain") return trArg(PW_TR("rain"));
  if (key == "sewage") return trArg(PW_TR("sewage"));
  if (key == "combined") return trArg(PW_TR("combined"));
  return key;
}

}  // namespace

std::vector<AttributeRow> featureAttributes(Project& project, FeatureLayer layer, std::int64_t id) {
  std::vector<AttributeRow> rows;
  auto& db = project.db();
  if (layer == FeatureLayer::Pipe) {
    auto st = db.prepare(
        "SELECT p.code, p.from_code, p.to_code, coalesce(p.drainage, ''), p.diameter_mm, p.height_mm, "
        "coalesce(p.material, ''), p.length_m, p.from_invert, p.to_invert, p.from_depth, p.to_depth, p.build_year, "
        "coalesce(p.road, ''), coalesce(p.owner, ''), coalesce(d.name, ''), coalesce(r.source, ''), p.feature_no, "
        "coalesce(p.attrs, '') FROM pipes p LEFT JOIN districts d ON d.id = p.district_id "
        "LEFT JOIN import_runs r ON r.id = p.import_run_id WHERE p.id = ?");
    st.bind(1, id);
    if (!st.step()) return rows;
    const auto& v = defaultVocabulary();
    std::string material = st.text(6);
    if (auto it = v.materialName.find(material); it != v.materialName.end()) material += " " + it->second;
    rows = {{PW_TR("Pipe id"), "", st.text(0)},
            {PW_TR("From manhole"), "", st.text(1)},
            {PW_TR("To manhole"), "", st.text(2)},
            {PW_TR("Drainage type"), "", drainageText(st.text(3))},
            {PW_TR("Diameter (mm)"), "", number(st, 4, 0)},
            {PW_TR("Height (mm)"), "", number(st, 5, 0)},
            {PW_TR("Material"), "", material},
            {PW_TR("Length (m)"), "", number(st, 7, 2)},
            {PW_TR("Upstream invert (m)"), "", number(st, 8)},
            {PW_TR("Downstream invert (m)"), "", number(st, 9)},
            {PW_TR("Upstream depth (m)"), "", number(st, 10, 2)},
            {PW_TR("Downstream depth (m)"), "", number(st, 11, 2)},
            {PW_TR("Build year"), "", st.isNull(12) ? std::string() : std::to_string(st.int64(12))},
            {PW_TR("Road"), "", st.text(13)},
            {PW_TR("Owner"), "", st.text(14)},
            {PW_TR("District"), "", st.text(15)},
            {PW_TR("Imported from"), "", st.text(16)},
            {PW_TR("Feature number"), "", st.isNull(17) ? std::string() : std::to_string(st.int64(17))}};
    addAttrs(rows, st.text(18));
    return rows;
  }
  auto st = db.prepare(
      "SELECT m.code, coalesce(m.drainage, ''), coalesce(m.kind, ''), m.ground_elev, m.depth, coalesce(m.road, ''), "
      "coalesce(d.name, ''), coalesce(r.source, ''), m.feature_no, coalesce(m.attrs, ''), "
      "(SELECT count(*) FROM pipes p WHERE p.from_manhole_id = m.id OR p.to_manhole_id = m.id) "
      "FROM manholes m LEFT JOIN districts d ON d.id = m.district_id "
      "LEFT JOIN import_runs r ON r.id = m.import_run_id WHERE m.id = ?");
  st.bind(1, id);
  if (!st.step()) return rows;
  rows = {{PW_TR("Manhole id"), "", st.text(0)},
          {PW_TR("Drainage type"), "", drainageText(st.text(1))},
          {PW_TR("Kind"), "", st.text(2)},
          {PW_TR("Ground elevation (m)"), "", number(st, 3)},
          {PW_TR("Depth (m)"), "", number(st, 4, 2)},
          {PW_TR("Road"), "", st.text(5)},
          {PW_TR("District"), "", st.text(6)},
          {PW_TR("Connected pipes"), "", std::to_string(st.int64(10))},
          {PW_TR("Imported from"), "", st.text(7)},
          {PW_TR("Feature number"), "", st.isNull(8) ? std::string() : std::to_string(st.int64(8))}};
  addAttrs(rows, st.text(9));
  return rows;
}

std::optional<FeatureRef> findFeatureById(Project& project, FeatureLayer layer, std::int64_t id) {
  const std::string table = layer == FeatureLayer::Pipe ? "pipes" : "manholes";
  auto st = project.db().prepare("SELECT id, code, geom FROM " + table + " WHERE id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  FeatureRef ref{layer, st.int64(0), st.text(1), {}};
  if (auto box = blob::mbr(st.blob(2))) ref.box = *box;
  return ref;
}

std::optional<FeatureRef> findFeatureByCode(Project& project, const std::string& code) {
  auto& db = project.db();
  for (const char* how : {"code = ?1", "code = ?1 COLLATE NOCASE"}) {
    for (FeatureLayer layer : {FeatureLayer::Pipe, FeatureLayer::Manhole}) {
      const std::string table = layer == FeatureLayer::Pipe ? "pipes" : "manholes";
      auto st = db.prepare("SELECT id FROM " + table + " WHERE " + how + " LIMIT 1");
      st.bind(1, code);
      if (st.step()) return findFeatureById(project, layer, st.int64(0));
    }
  }
  return std::nullopt;
}

}  // namespace pw
