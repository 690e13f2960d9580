#include "plan/separation_costs.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/json_numbers.h"
#include "core/paths.h"
#include "plan/plan_access.h"
#include "store/project.h"

namespace pw {
namespace {

using nlohmann::json;

constexpr const char* kMetaKey = "separation_costs";

[[noreturn]] void bad(const std::string& source, const std::string& field, const json& value) {
  throwBadInput(PW_TR("%1: %2 must be a number of at least 0 (found %3)"), {source, field, value.dump()},
                {.file = source, .field = field, .value = value.dump()});
}

/// A number of at least 0: a JSON number or a string holding one (core/json_numbers.h).
double amount(const json& doc, const std::string& key, const std::string& source, const std::string& prefix = "") {
  const json v = doc.contains(key) ? doc[key] : json();
  const auto n = jsonDecimal(v);
  if (!n || *n < 0) bad(source, prefix + key, v);
  return *n;
}

std::vector<CostBand> bands(const json& doc, const std::string& system, const std::string& source) {
  const std::string where = "new_pipe_per_m." + system;
  const json list = doc.contains("new_pipe_per_m") && doc["new_pipe_per_m"].is_object()
                        ? doc["new_pipe_per_m"].value(system, json())
                        : json();
  if (!list.is_array() || list.empty()) {
    throwBadInput(PW_TR("%1: '%2' is missing or not a list of diameter classes"), {source, where},
                  {.file = source, .field = where});
  }
  std::vector<CostBand> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = where + "[" + std::to_string(i) + "]";
    if (!list[i].is_object()) {
      throwBadInput(PW_TR("%1: '%2' is missing or not a list of diameter classes"), {source, at},
                    {.file = source, .field = at});
    }
    CostBand b;
    for (const char* key : {"gt", "ge", "lt", "le"}) {
      if (!list[i].contains(key)) continue;
      const auto n = jsonDecimal(list[i][key]);
      if (!n) bad(source, at + "." + key, list[i][key]);
      const double v = *n;
      if (std::string(key) == "gt") b.diameterMm.gt = v;
      if (std::string(key) == "ge") b.diameterMm.ge = v;
      if (std::string(key) == "lt") b.diameterMm.lt = v;
      if (std::string(key) == "le") b.diameterMm.le = v;
    }
    b.costPerM = amount(list[i], "cost", source, at + ".");
    out.push_back(b);
  }
  // Every diameter from 0 to 10 m must fall in exactly one class (checked on a 1 mm grid and at the bounds).
  std::vector<double> probes;
  for (const auto& b : out) {
    for (const auto& bound : {b.diameterMm.gt, b.diameterMm.ge, b.diameterMm.lt, b.diameterMm.le}) {
      if (bound) probes.insert(probes.end(), {*bound - 0.5, *bound, *bound + 0.5});
    }
  }
  for (double d = 0; d <= 10000; d += 1) probes.push_back(d);
  for (const double d : probes) {
    if (d <= 0) continue;
    const auto n = std::count_if(out.begin(), out.end(), [d](const CostBand& b) { return b.diameterMm.contains(d); });
    if (n != 1) {
      throwBadInput(PW_TR("%1: the diameter classes of %2 must cover every diameter once; %3 mm falls in %4 classes"),
                    {source, where, formatNumber(d, 1), std::to_string(n)}, {.file = source, .field = where});
    }
  }
  return out;
}

}  // namespace

SeparationCosts SeparationCosts::parse(const std::string& text, const std::string& source) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::exception& e) {
    throwBadInput(PW_TR("%1 is not valid JSON: %2"), {source, e.what()}, {.file = source});
  }
  if (!doc.is_object()) throwBadInput(PW_TR("%1 is not valid JSON: %2"), {source, "not an object"}, {.file = source});
  SeparationCosts c;
  c.currency = doc.value("currency", std::string("CNY"));
  c.combinedBecomes = doc.value("combined_pipe_becomes", std::string("rain"));
  if (c.combinedBecomes != "rain" && c.combinedBecomes != "sewage") {
    throwBadInput(PW_TR("%1: combined_pipe_becomes must be \"rain\" or \"sewage\" (found %2)"),
                  {source, c.combinedBecomes},
                  {.file = source, .field = "combined_pipe_becomes", .value = c.combinedBecomes});
  }
  c.diameterWhenUnknownMm = amount(doc, "diameter_when_unknown_mm", source);
  c.sewagePerM = bands(doc, "sewage", source);
  c.rainPerM = bands(doc, "rain", source);
  c.perHousehold = amount(doc, "per_household_connection", source);
  c.perManhole = amount(doc, "per_manhole_rebuild", source);
  c.perMisconnection = amount(doc, "per_misconnection_point", source);
  if (!doc.contains("ranking") || !doc["ranking"].is_object()) {
    throwBadInput(PW_TR("%1: '%2' is missing or not an object"), {source, "ranking"},
                  {.file = source, .field = "ranking"});
  }
  c.weightMisconnection = amount(doc["ranking"], "weight_misconnection", source, "ranking.");
  c.weightFlow = amount(doc["ranking"], "weight_flow", source, "ranking.");
  c.weightGrade = amount(doc["ranking"], "weight_grade", source, "ranking.");
  return c;
}

const CostBand* SeparationCosts::band(const std::string& system, double diameterMm) const {
  const auto& list = system == "rain" ? rainPerM : sewagePerM;
  for (const auto& b : list) {
    if (b.diameterMm.contains(diameterMm)) return &b;
  }
  return nullptr;
}

std::pair<std::string, std::string> separationCostsText(Project& project) {
  if (auto own = project.meta(kMetaKey)) return {*own, "project_meta separation_costs"};
  const std::string path = schemasDir() + "/catalogues/separation-costs.json";
  return {readFile(path), path};
}

SeparationCosts loadSeparationCosts(Project& project) {
  const auto [text, source] = separationCostsText(project);
  return SeparationCosts::parse(text, source);
}

void setSeparationCosts(Project& project, const std::string& json, const std::string& source, const std::string& user) {
  requirePlanning(project, user);
  SeparationCosts::parse(json, source);  // refuses bad costs before anything is stored
  project.setMeta(kMetaKey, json);
}

}  // namespace pw
