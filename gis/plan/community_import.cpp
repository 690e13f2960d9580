#include "plan/community_import.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/numbers.h"
#include "core/paths.h"
#include "crs/proj.h"
#include "gdal/gdal.h"
#include "importer/records.h"
#include "io/normalize.h"
#include "io/profile.h"
#include "io/source.h"
#include "plan/area_geometry.h"
#include "plan/communities.h"
#include "plan/plan_access.h"
#include "rules/placement.h"
#include "store/project.h"

namespace pw {
namespace {

using nlohmann::json;

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out.empty() ? "-" : out;
}

/// canonical field -> source field index, as the survey profiles match (io/profile.h: case-insensitive, DBF names
/// cut to 10 characters).
std::map<std::string, int> bind(const AreaProfile& profile, const std::vector<std::string>& sourceFields) {
  std::map<std::string, int> byKey;
  for (std::size_t i = 0; i < sourceFields.size(); ++i) byKey.emplace(matchKey(sourceFields[i]), static_cast<int>(i));
  std::map<std::string, int> bound;
  for (const auto& [canonical, names] : profile.fields) {
    for (const auto& name : names) {
      const std::string key = matchKey(name);
      auto it = byKey.find(key);
      if (it == byKey.end() && key.size() > 10) it = byKey.find(key.substr(0, 10));
      if (it != byKey.end()) {
        bound[canonical] = it->second;
        break;
      }
    }
  }
  return bound;
}

bool usable(const AreaProfile& p, const std::map<std::string, int>& bound) {
  return std::all_of(p.required.begin(), p.required.end(), [&](const std::string& f) { return bound.count(f) > 0; });
}

const AreaProfile& chooseAreaProfile(const std::vector<AreaProfile>& profiles, const std::string& wanted,
                                     const std::string& path, const std::vector<std::string>& fields,
                                     std::optional<AreaProfile>& fromFile) {
  if (!wanted.empty()) {
    const AreaProfile* chosen = nullptr;
    if (wanted.find('/') != std::string::npos || wanted.ends_with(".json")) {
      fromFile = loadAreaProfile(wanted);
      chosen = &*fromFile;
    } else {
      for (const auto& p : profiles) {
        if (p.name == wanted) chosen = &p;
      }
    }
    if (!chosen) {
      std::vector<std::string> names;
      for (const auto& p : profiles) names.push_back(p.name);
      throwBadInput(PW_TR("There is no area profile named '%1' (known: %2)"), {wanted, joined(names)},
                    {.field = "profile", .value = wanted});
    }
    if (!usable(*chosen, bind(*chosen, fields))) {
      throwBadInput(PW_TR("%1: the profile '%2' needs the fields %3, which are not in the file (its fields: %4)"),
                    {path, chosen->name, joined(chosen->required), joined(fields)}, {.file = path});
    }
    return *chosen;
  }
  const AreaProfile* best = nullptr;
  std::size_t bestScore = 0;
  for (const auto& p : profiles) {
    const auto b = bind(p, fields);
    if (usable(p, b) && b.size() > bestScore) {
      best = &p;
      bestScore = b.size();
    }
  }
  if (!best) {
    throwBadInput(PW_TR("%1: no area profile fits its fields (found: %2); an area needs at least a name field such as "
                        "XQMC, 小区名称 or Name. Name a profile with --profile"),
                  {path, joined(fields)}, {.file = path});
  }
  return *best;
}

struct RowReader {
  VectorSource& source;
  std::map<std::string, int> bound;
  std::vector<RowProblem>& problems;
  std::int64_t row = 0;

  int index(const std::string& canonical) const {
    const auto it = bound.find(canonical);
    return it == bound.end() ? -1 : it->second;
  }
  std::string fieldName(const std::string& canonical) const {
    const int i = index(canonical);
    return i < 0 ? canonical : source.info().fields[static_cast<std::size_t>(i)];
  }
  std::optional<std::string> text(OGRFeature& f, const std::string& canonical) const {
    const int i = index(canonical);
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return std::nullopt;
    std::string t = source.text(f, i);
    const auto first = t.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return std::nullopt;
    t = t.substr(first, t.find_last_not_of(" \t\r\n") - first + 1);
    return t;
  }
  void problem(const std::string& canonical, const std::string& value, const char* message,
               std::vector<std::string> args) {
    problems.push_back(
        {row, canonical.empty() ? std::string() : fieldName(canonical), value, message, std::move(args)});
  }
};

}  // namespace

const std::vector<std::string>& areaFields() {
  static const std::vector<std::string> f{"name", "address", "build_year", "households", "kind"};
  return f;
}

AreaProfile loadAreaProfile(const std::string& path) {
  json doc;
  try {
    doc = json::parse(readFile(path));
  } catch (const json::exception& e) {
    throwBadInput(PW_TR("%1 is not valid JSON: %2"), {path, e.what()}, {.file = path});
  }
  if (!doc.is_object() || !doc.value("name", json()).is_string() || !doc.value("fields", json()).is_object()) {
    throwBadInput(PW_TR("%1 is not an area profile: it needs \"name\" and \"fields\""), {path}, {.file = path});
  }
  AreaProfile p;
  p.name = doc["name"].get<std::string>();
  p.title = doc.value("title", p.name);
  p.file = path;
  try {
    for (const auto& [canonical, names] : doc["fields"].items()) {
      if (std::find(areaFields().begin(), areaFields().end(), canonical) == areaFields().end()) {
        throwBadInput(PW_TR("%1: '%2' is not a field PipeWard knows for areas (%3)"),
                      {path, canonical, joined(areaFields())}, {.file = path, .field = canonical});
      }
      p.fields[canonical] = names.get<std::vector<std::string>>();
    }
    p.required = doc.value("required", std::vector<std::string>{"name"});
    p.defaultKind = doc.value("default_kind", std::string("old_residential"));
    if (doc.contains("values") && doc["values"].contains("kind")) {
      for (const auto& [kind, synonyms] : doc["values"]["kind"].items()) {
        if (!isCommunityKind(kind)) {
          throwBadInput(PW_TR("%1: '%2' is not a kind of area (%3)"), {path, kind, joined(communityKinds())},
                        {.file = path, .field = "values.kind." + kind});
        }
        p.kindValues[matchKey(kind)] = kind;
        for (const auto& s : synonyms.get<std::vector<std::string>>()) p.kindValues[matchKey(s)] = kind;
      }
    }
  } catch (const json::exception& e) {
    throwBadInput(PW_TR("%1 is not an area profile: %2"), {path, e.what()}, {.file = path});
  }
  if (!isCommunityKind(p.defaultKind)) {
    throwBadInput(PW_TR("%1: '%2' is not a kind of area (%3)"), {path, p.defaultKind, joined(communityKinds())},
                  {.file = path, .field = "default_kind"});
  }
  for (const auto& f : p.required) {
    if (!p.fields.count(f)) {
      throwBadInput(PW_TR("%1: required field '%2' has no candidate names"), {path, f}, {.file = path, .field = f});
    }
  }
  return p;
}

std::vector<AreaProfile> loadAreaProfiles() {
  std::vector<AreaProfile> out;
  for (const auto& dir : {schemasDir() + "/mappings/areas", userMappingsDir() + "/areas"}) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) continue;
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".json") files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) out.push_back(loadAreaProfile(f));
  }
  return out;
}

CommunityImportReport importCommunities(Project& project, const std::string& path,
                                        const CommunityImportOptions& options, const std::string& user) {
  requirePlanning(project, user);
  if (project.crsEpsg() == 0) {
    throwBadInput(PW_TR("The project has no CRS yet; import the network (or init --crs) before adding areas"));
  }
  VectorSource source(path, {options.encoding, options.assumeEpsg, project.crsEpsg()});
  const auto& info = source.info();
  if (info.geometry != GeometryKind::Polygon) {
    throwBadInput(PW_TR("%1 holds %2; areas are polygons"), {path, trArg(geometryKindName(info.geometry))},
                  {.file = path});
  }
  if (!info.crs) {
    throwBadInput(PW_TR("%1 has no .prj file and its coordinates (%2, %3) do not tell which CRS they are in; state "
                        "it with --assume-crs EPSG:n (for example EPSG:4549 for CGCS2000 Gauss-Kruger CM 120E)"),
                  {path, formatNumber(info.extent.minX, 1), formatNumber(info.extent.minY, 1)}, {.file = path});
  }
  const auto profiles = loadAreaProfiles();
  std::optional<AreaProfile> fromFile;
  const AreaProfile& profile = chooseAreaProfile(profiles, options.profile, path, info.fields, fromFile);

  CommunityImportReport report;
  report.path = path;
  report.profile = profile.name;
  report.encoding = info.encoding.name;
  report.encodingReason = info.encoding.englishReason();
  report.encodingOrigin = info.encoding.origin;
  report.encodingVerdict = info.encoding.verdict;
  report.crs = info.crs->epsg ? "EPSG:" + std::to_string(info.crs->epsg) : info.crs->name;
  report.crsReason = info.crs->reason;

  std::vector<RowProblem> problems;
  RowReader r{source, bind(profile, info.fields), problems};
  for (const auto& [canonical, index] : r.bound) report.bound[canonical] = info.fields[static_cast<std::size_t>(index)];
  std::vector<int> unbound;
  for (int i = 0; i < static_cast<int>(info.fields.size()); ++i) {
    if (std::none_of(r.bound.begin(), r.bound.end(), [i](const auto& b) { return b.second == i; }))
      unbound.push_back(i);
  }
  const proj::Transformer toProject(info.crs->definition, "EPSG:" + std::to_string(project.crsEpsg()));
  const Placement placement(project);
  std::vector<Community> rows;
  std::map<std::string, std::int64_t> rowOfName;
  source.forEach([&](std::int64_t no, OGRFeature& f) {
    r.row = no;
    ++report.featuresRead;
    const std::size_t before = problems.size();
    Community c;
    c.featureNo = no;
    c.name = r.text(f, "name").value_or("");
    if (c.name.empty()) r.problem("name", "", PW_TR("the area has no name"), {});
    if (const auto seen = rowOfName.find(c.name); !c.name.empty() && seen != rowOfName.end()) {
      r.problem("name", c.name, PW_TR("the name %1 is already used by feature %2"),
                {c.name, std::to_string(seen->second)});
    } else if (!c.name.empty()) {
      rowOfName[c.name] = no;
    }
    c.address = r.text(f, "address");
    if (const int i = r.index("build_year"); i >= 0 && f.IsFieldSetAndNotNull(i)) {
      const std::string raw =
          source.isNumericField(i) ? formatNumber(f.GetFieldAsDouble(i), 3) : r.text(f, "build_year").value_or("");
      // A number field's value as written (2015, 2015.5, 1e+300) read by the strict whole-number parser: a year that
      // is not whole or not an int is refused, never cast.
      std::optional<int> year;
      if (!source.isNumericField(i)) {
        year = parseYear(raw);
      } else if (const auto whole = parseWhole(raw); whole && *whole >= 1800 && *whole <= 2100) {
        year = static_cast<int>(*whole);
      }
      if (!raw.empty() && (!year || *year < 1800 || *year > 2100)) {
        r.problem("build_year", raw, PW_TR("'%1' is not a build year (1800-2100)"), {raw});
      } else if (year && !raw.empty()) {
        c.buildYear = *year;
      }
    }
    if (const int i = r.index("households"); i >= 0 && f.IsFieldSetAndNotNull(i)) {
      const std::string raw =
          source.isNumericField(i) ? formatNumber(f.GetFieldAsDouble(i), 3) : r.text(f, "households").value_or("");
      const auto n = parseWhole(raw);  // a number field's value as written: 120, or 1e+300 (refused, never cast)
      if (!raw.empty() && (!n || *n < 0)) {
        r.problem("households", raw, PW_TR("'%1' is not a number of households (a whole number, at least 0)"), {raw});
      } else if (n && !raw.empty()) {
        c.households = *n;
      }
    }
    c.kind = profile.defaultKind;
    if (const auto kind = r.text(f, "kind")) {
      const auto it = profile.kindValues.find(matchKey(*kind));
      if (it == profile.kindValues.end()) {
        r.problem("kind", *kind, PW_TR("'%1' is not a kind of area (老旧小区, 校园, 街区)"), {*kind});
      } else {
        c.kind = it->second;
      }
    }
    const OGRGeometry* g = f.GetGeometryRef();
    if (!g || g->IsEmpty()) {
      r.problem("", "", PW_TR("the area has no polygon"), {});
    } else if (!polygonFromOgr(*g, c.polygons)) {
      r.problem("", g->getGeometryName(), PW_TR("the area is a %1, not a polygon"), {g->getGeometryName()});
    } else {
      for (auto& polygon : c.polygons) {
        for (auto& ring : polygon.rings) {
          std::vector<double> xy;
          for (const auto& p : ring) xy.insert(xy.end(), {p.x, p.y});
          toProject.transform(xy);
          for (std::size_t k = 0; k < ring.size(); ++k) ring[k] = {xy[2 * k], xy[2 * k + 1]};
        }
      }
      if (const auto fault = polygonFault(c.polygons); !fault.empty()) {
        r.problem("", "", PW_TR("the polygon is not valid: %1"), {fault});
      } else if (auto misplaced = placement.fault(c.polygons)) {
        r.problem("", "", misplaced->text, std::move(misplaced->args));
      }
    }
    if (problems.size() != before) return;
    AttrsWriter attrs;
    attrs.begin();
    for (const int i : unbound) {
      if (!f.IsFieldSetAndNotNull(i)) continue;
      const auto& name = info.fields[static_cast<std::size_t>(i)];
      if (source.isNumericField(i)) {
        attrs.addNumber(name, f.GetFieldAsDouble(i));
      } else {
        attrs.addText(name, source.text(f, i));
      }
    }
    c.attrs = unbound.empty() ? std::string() : attrs.finish();
    rows.push_back(std::move(c));
  });
  if (report.featuresRead == 0) throwBadInput(PW_TR("%1 holds no features"), {path}, {.file = path});
  if (!problems.empty()) {
    throw BatchError(PW_TR("%1: %2 faults in the areas; nothing was imported"), {path, std::to_string(problems.size())},
                     std::move(problems), {.file = path});
  }

  auto& db = project.db();
  sql::Transaction tx(db);
  auto run = db.prepare(
      "INSERT INTO community_imports (imported_at, user_name, source, profile, encoding, encoding_reason, crs, "
      "crs_reason, "
      "features_read) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  run.bind(1, nowIso()).bind(2, user).bind(3, path).bind(4, profile.name).bind(5, report.encoding);
  run.bind(6, report.encodingReason)
      .bind(7, report.crs)
      .bind(8, report.crsReason.english())
      .bind(9, report.featuresRead)
      .run();
  report.importId = db.lastInsertRowid();
  CommunityStore store(project);
  for (auto& c : rows) {
    c.importId = report.importId;
    const auto existing = store.byName(c.name);
    const std::int64_t id = existing ? updateCommunityByName(project, c, user) : insertCommunity(project, c, user);
    const auto stored = store.find(id);
    auditCommunity(project, user, id, existing ? "update" : "create",
                   existing ? communityJson(*existing) : std::string(), communityJson(*stored));
    ++(existing ? report.updated : report.inserted);
    if (!stored->districtId) {
      report.warnings.push_back({*c.featureNo, "", c.name, PW_TR("the area %1 lies outside every district"), {c.name}});
    }
  }
  auto counts = db.prepare("UPDATE community_imports SET inserted = ?, updated = ? WHERE id = ?");
  counts.bind(1, report.inserted).bind(2, report.updated).bind(3, report.importId).run();
  tx.commit();
  return report;
}

}  // namespace pw
