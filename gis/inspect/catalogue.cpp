#include "inspect/catalogue.h"

#include <algorithm>
#include <limits>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/json_numbers.h"
#include "core/paths.h"

namespace pw {
namespace {

using nlohmann::json;

/// Reading helpers that turn every fault into a BadInput naming the file and the JSON path.
class Reader {
public:
  explicit Reader(std::string file) : m_file(std::move(file)) {
    try {
      m_doc = json::parse(readFile(m_file));
    } catch (const json::exception& e) {
      fail("(document)", std::string("not valid JSON: ") + e.what());
    }
  }
  const json& doc() const { return m_doc; }

  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throwBadInput(PW_TR("The catalogue %1 is not valid at %2: %3"), {m_file, where, what},
                  {.file = m_file, .field = where});
  }
  const json& at(const json& j, const std::string& key, const std::string& where) const {
    if (!j.is_object() || !j.contains(key)) fail(where + "." + key, "missing");
    return j.at(key);
  }
  std::string str(const json& j, const std::string& key, const std::string& where, bool required = true) const {
    if (!j.is_object() || !j.contains(key)) {
      if (required) fail(where + "." + key, "missing");
      return {};
    }
    if (!j.at(key).is_string()) fail(where + "." + key, "must be text");
    return j.at(key).get<std::string>();
  }
  double num(const json& j, const std::string& key, const std::string& where) const {
    return number(at(j, key, where), where + "." + key);
  }
  std::optional<double> optNum(const json& j, const std::string& key, const std::string& where) const {
    if (!j.contains(key)) return std::nullopt;
    return number(j.at(key), where + "." + key);
  }
  /// A whole number (a grade, a level) small enough for an int.
  int whole(const json& j, const std::string& key, const std::string& where) const {
    const auto n = jsonWhole(at(j, key, where));
    if (!n || *n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max()) {
      fail(where + "." + key, "must be a whole number, not " + j.at(key).dump());
    }
    return static_cast<int>(*n);
  }
  /// A number, or a string holding one, by the strict parser (core/json_numbers.h).
  double number(const json& v, const std::string& where) const {
    const auto n = jsonDecimal(v);
    if (!n) fail(where, "must be a number, not " + v.dump());
    return *n;
  }
  const json& array(const json& j, const std::string& key, const std::string& where) const {
    const auto& v = at(j, key, where);
    if (!v.is_array() || v.empty()) fail(where + "." + key, "must be a non-empty list");
    return v;
  }
  Band band(const json& j, const std::string& where) const {
    Band b{optNum(j, "gt", where), optNum(j, "ge", where), optNum(j, "lt", where), optNum(j, "le", where)};
    if ((b.gt && b.ge) || (b.lt && b.le)) fail(where, "a bound is given twice");
    return b;
  }
  std::vector<GradeBand> gradeBands(const json& list, const std::string& where, const std::string& label) const {
    std::vector<GradeBand> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const auto& e = list[i];
      const std::string w = where + "[" + std::to_string(i) + "]";
      GradeBand g;
      g.grade = label == "grade" ? str(e, "grade", w) : str(e, "name", w);
      g.band = band(e, w);
      g.name = str(e, "name", w, false);
      g.nameEn = str(e, "name_en", w, false);
      g.structural = str(e, "structural", w, false);
      g.structuralEn = str(e, "structural_en", w, false);
      g.functional = str(e, "functional", w, false);
      g.functionalEn = str(e, "functional_en", w, false);
      g.repair = str(e, "repair", w, false);
      g.repairEn = str(e, "repair_en", w, false);
      g.maintenance = str(e, "maintenance", w, false);
      g.maintenanceEn = str(e, "maintenance_en", w, false);
      out.push_back(std::move(g));
    }
    return out;
  }
  std::vector<KeyName> keyNames(const json& list, const std::string& where) const {
    std::vector<KeyName> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string w = where + "[" + std::to_string(i) + "]";
      out.push_back({str(list[i], "key", w), str(list[i], "name", w), str(list[i], "name_en", w, false)});
    }
    return out;
  }

private:
  std::string m_file;
  json m_doc;
};

std::string catalogueFile(const std::string& id) {
  for (char c : id) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) {
      throwBadInput(PW_TR("'%1' is not a catalogue id"), {id});
    }
  }
  return schemasDir() + "/catalogues/" + id + ".json";
}

}  // namespace

const char* defectClassKey(DefectClass c) { return c == DefectClass::Structural ? "structural" : "functional"; }

const DefectGrade* DefectType::grade(int g) const {
  for (const auto& gr : grades) {
    if (gr.grade == g) return &gr;
  }
  return nullptr;
}

DefectCatalogue DefectCatalogue::load(const std::string& path) {
  Reader r(path);
  const auto& d = r.doc();
  DefectCatalogue c;
  c.m_file = path;
  c.m_id = r.str(d, "id", "");
  c.m_standard = r.str(d, "standard", "");
  c.m_scoring = r.str(d, "scoring", "");
  const auto& defects = r.array(d, "defects", "");
  for (std::size_t i = 0; i < defects.size(); ++i) {
    const auto& e = defects[i];
    const std::string w = "defects[" + std::to_string(i) + "]";
    DefectType t;
    t.code = r.str(e, "code", w);
    const std::string cls = r.str(e, "class", w);
    if (cls != "structural" && cls != "functional")
      r.fail(w + ".class", "must be structural or functional, not " + cls);
    t.cls = cls == "structural" ? DefectClass::Structural : DefectClass::Functional;
    t.name = r.str(e, "name", w);
    t.nameEn = r.str(e, "name_en", w, false);
    t.continuous = e.value("continuous", false);
    t.scored = e.value("scored", true);
    t.confidence = r.str(e, "confidence", w, false);
    const auto& grades = r.array(e, "grades", w);
    for (std::size_t k = 0; k < grades.size(); ++k) {
      const std::string gw = w + ".grades[" + std::to_string(k) + "]";
      DefectGrade g;
      g.grade = r.whole(grades[k], "grade", gw);
      if (g.grade < 1 || g.grade > 4) r.fail(gw + ".grade", "grades run from 1 to 4");
      g.score = r.optNum(grades[k], "score", gw);
      if (t.scored && !g.score) r.fail(gw + ".score", "missing (the code is scored)");
      g.description = r.str(grades[k], "description", gw);
      g.descriptionEn = r.str(grades[k], "description_en", gw, false);
      t.grades.push_back(std::move(g));
    }
    if (c.type(t.code)) r.fail(w + ".code", "the code " + t.code + " is listed twice");
    c.m_types.push_back(std::move(t));
  }
  const auto& a = r.at(d, "assessment", "");
  auto& rules = c.m_rules;
  rules.alpha = r.num(r.at(a, "structural", "assessment"), "weight_near", "assessment.structural");
  rules.beta = r.num(r.at(a, "functional", "assessment"), "weight_near", "assessment.functional");
  rules.separateGtM = r.num(r.at(a, "spacing", "assessment"), "separate_gt_m", "assessment.spacing");
  rules.nearGtM = r.num(r.at(a, "spacing", "assessment"), "near_gt_m", "assessment.spacing");
  rules.mergeWithinLeM = r.num(r.at(a, "merge", "assessment"), "within_le_m", "assessment.merge");
  rules.mergeScoreCap = r.num(r.at(a, "merge", "assessment"), "score_cap", "assessment.merge");
  const auto& point = r.at(a, "point_defect_length_m", "assessment");
  rules.pointDefectLengthM = point.is_object() ? r.num(point, "value", "assessment.point_defect_length_m")
                                               : r.number(point, "assessment.point_defect_length_m");
  rules.segmentGrades = r.gradeBands(r.array(a, "segment_grades", "assessment"), "assessment.segment_grades", "grade");
  rules.densityClasses =
      r.gradeBands(r.array(a, "density_classes", "assessment"), "assessment.density_classes", "name");
  rules.indexGrades = r.gradeBands(r.array(a, "index_grades", "assessment"), "assessment.index_grades", "grade");
  const auto& ri = r.at(a, "repair_index", "assessment");
  for (const auto& [k, v] : r.at(ri, "weights", "assessment.repair_index").items()) {
    rules.repairWeights[k] = r.number(v, "assessment.repair_index.weights." + k);
  }
  rules.repairGateBelow = r.num(ri, "k_e_zero_when_below", "assessment.repair_index");
  const auto& mi = r.at(a, "maintenance_index", "assessment");
  for (const auto& [k, v] : r.at(mi, "weights", "assessment.maintenance_index").items()) {
    rules.maintenanceWeights[k] = r.number(v, "assessment.maintenance_index.weights." + k);
  }
  rules.maintenanceGateBelow = r.num(mi, "k_e_zero_when_below", "assessment.maintenance_index");
  for (const char* w : {"F", "K", "E", "T"}) {
    if (!rules.repairWeights.count(w)) r.fail(std::string("assessment.repair_index.weights.") + w, "missing");
  }
  for (const char* w : {"G", "K", "E"}) {
    if (!rules.maintenanceWeights.count(w)) r.fail(std::string("assessment.maintenance_index.weights.") + w, "missing");
  }
  const auto& factors = r.at(a, "factors", "assessment");
  const auto& k = r.at(factors, "K", "assessment.factors");
  rules.defaultK = r.num(k, "default", "assessment.factors.K");
  for (const auto& v : r.array(k, "values", "assessment.factors.K")) {
    rules.kValues.push_back({r.str(v, "key", "assessment.factors.K"), r.num(v, "value", "assessment.factors.K"),
                             r.str(v, "name", "assessment.factors.K", false),
                             r.str(v, "name_en", "assessment.factors.K", false)});
  }
  for (const auto& b : r.array(r.at(factors, "E", "assessment.factors"), "bands", "assessment.factors.E")) {
    rules.eBands.emplace_back(r.band(b, "assessment.factors.E"), r.num(b, "value", "assessment.factors.E"));
  }
  const auto& t = r.at(factors, "T", "assessment.factors");
  rules.defaultT = r.str(t, "default", "assessment.factors.T");
  for (const auto& v : r.array(t, "values", "assessment.factors.T")) {
    rules.tValues.push_back({r.str(v, "key", "assessment.factors.T"), r.num(v, "value", "assessment.factors.T"),
                             r.str(v, "name", "assessment.factors.T", false),
                             r.str(v, "name_en", "assessment.factors.T", false)});
  }
  if (!c.tFactor(rules.defaultT)) r.fail("assessment.factors.T.default", "names no listed soil");
  return c;
}

DefectCatalogue DefectCatalogue::loadById(const std::string& id) { return load(catalogueFile(id)); }

const DefectType* DefectCatalogue::type(const std::string& code) const {
  for (const auto& t : m_types) {
    if (t.code == code) return &t;
  }
  return nullptr;
}

const GradeBand* DefectCatalogue::bandOf(const std::vector<GradeBand>& bands, double value) {
  for (const auto& b : bands) {
    if (b.band.contains(value)) return &b;
  }
  return nullptr;
}

double DefectCatalogue::eFactor(std::optional<double> diameterMm) const {
  if (!diameterMm) return 0;
  for (const auto& [band, value] : m_rules.eBands) {
    if (band.contains(*diameterMm)) return value;
  }
  return 0;
}

std::optional<double> DefectCatalogue::tFactor(const std::string& key) const {
  for (const auto& v : m_rules.tValues) {
    if (v.key == key) return v.value;
  }
  return std::nullopt;
}

MisconnectionCatalogue MisconnectionCatalogue::load(const std::string& path) {
  Reader r(path);
  const auto& d = r.doc();
  MisconnectionCatalogue c;
  c.m_file = path;
  c.m_id = r.str(d, "id", "");
  const auto& pg = r.at(d, "point_grading", "");
  if (r.str(pg, "rule", "point_grading") != "highest_indicator") {
    r.fail("point_grading.rule", "only highest_indicator is known");
  }
  const auto& levels = r.array(pg, "levels", "point_grading");
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const std::string w = "point_grading.levels[" + std::to_string(i) + "]";
    c.m_levels.push_back({std::to_string(r.whole(levels[i], "level", w)), r.str(levels[i], "name", w),
                          r.str(levels[i], "name_en", w, false)});
  }
  const auto& indicators = r.array(pg, "indicators", "point_grading");
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const std::string w = "point_grading.indicators[" + std::to_string(i) + "]";
    IndicatorBands ind;
    ind.key = r.str(indicators[i], "key", w);
    ind.name = r.str(indicators[i], "name", w);
    ind.nameEn = r.str(indicators[i], "name_en", w, false);
    ind.unit = r.str(indicators[i], "unit", w, false);
    for (const auto& b : r.array(indicators[i], "bands", w)) {
      ind.bands.emplace_back(r.band(b, w + ".bands"), r.whole(b, "level", w + ".bands"));
    }
    c.m_indicators.push_back(std::move(ind));
  }
  const auto& density = r.at(d, "density_grading", "");
  for (const auto& b : r.array(density, "levels", "density_grading")) {
    c.m_density.emplace_back(r.band(b, "density_grading.levels"), r.whole(b, "level", "density_grading.levels"));
  }
  c.m_types = r.keyNames(r.array(d, "types", ""), "types");
  c.m_sourceKinds = r.keyNames(r.array(d, "source_kinds", ""), "source_kinds");
  c.m_statuses = r.keyNames(r.array(d, "statuses", ""), "statuses");
  c.m_weather = r.keyNames(r.array(d, "weather", ""), "weather");
  return c;
}

MisconnectionCatalogue MisconnectionCatalogue::loadById(const std::string& id) { return load(catalogueFile(id)); }

const KeyName* MisconnectionCatalogue::find(const std::vector<KeyName>& list, const std::string& key) {
  const auto it = std::find_if(list.begin(), list.end(), [&](const KeyName& k) { return k.key == key; });
  return it == list.end() ? nullptr : &*it;
}

const KeyName* MisconnectionCatalogue::level(int level) const { return find(m_levels, std::to_string(level)); }

}  // namespace pw
