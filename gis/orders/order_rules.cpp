#include "orders/order_rules.h"

#include <limits>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/json_numbers.h"
#include "core/paths.h"
#include "store/project.h"

namespace pw {
namespace {

using nlohmann::json;

const std::vector<std::string>& priorities() {
  static const std::vector<std::string> p{"urgent", "high", "normal", "low"};
  return p;
}

std::map<std::string, std::string> stringMap(const json& doc, const char* key, const std::string& source,
                                             bool priorityValues) {
  if (!doc.contains(key) || !doc[key].is_object()) {
    throwBadInput(PW_TR("%1: '%2' is missing or not an object"), {source, key}, {.file = source, .field = key});
  }
  std::map<std::string, std::string> out;
  for (const auto& [k, v] : doc[key].items()) {
    if (!v.is_string() || (priorityValues && !isPriority(v.get<std::string>())) ||
        (!priorityValues && !isOrderKind(v.get<std::string>()))) {
      throwBadInput(PW_TR("%1: %2.%3 has the value %4, which is not allowed there"), {source, key, k, v.dump()},
                    {.file = source, .field = std::string(key) + "." + k, .value = v.dump()});
    }
    out[k] = v.get<std::string>();
  }
  return out;
}

/// A whole number of days above 0 (a JSON integer or a string holding one).
int days(const json& v, const std::string& source, const std::string& field) {
  const auto n = jsonWhole(v);
  if (!n || *n <= 0 || *n > std::numeric_limits<int>::max()) {
    throwBadInput(PW_TR("%1: %2 must be a whole number of days above 0"), {source, field},
                  {.file = source, .field = field, .value = v.dump()});
  }
  return static_cast<int>(*n);
}

}  // namespace

int priorityRank(const std::string& priority) {
  const auto& p = priorities();
  const auto it = std::find(p.begin(), p.end(), priority);
  return it == p.end() ? static_cast<int>(p.size()) : static_cast<int>(it - p.begin());
}

bool isPriority(const std::string& priority) { return priorityRank(priority) < static_cast<int>(priorities().size()); }

bool isOrderKind(const std::string& kind) {
  return kind == "repair" || kind == "maintenance" || kind == "separation" || kind == "reinspection";
}

OrderRules OrderRules::parse(const std::string& text, const std::string& source) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::exception& e) {
    throwBadInput(PW_TR("%1 is not valid JSON: %2"), {source, e.what()}, {.file = source});
  }
  OrderRules r;
  if (!doc.contains("deadline_days") || !doc["deadline_days"].is_object()) {
    throwBadInput(PW_TR("%1: '%2' is missing or not an object"), {source, "deadline_days"},
                  {.file = source, .field = "deadline_days"});
  }
  for (const auto& p : priorities()) {
    r.deadlineDays[p] = days(doc["deadline_days"].value(p, json()), source, "deadline_days." + p);
  }
  r.priorityByIndexGrade = stringMap(doc, "priority_by_index_grade", source, true);
  r.priorityByDefectGrade = stringMap(doc, "priority_by_defect_grade", source, true);
  r.priorityByMisconnectionLevel = stringMap(doc, "priority_by_misconnection_level", source, true);
  r.kindByFinding = stringMap(doc, "kind_by_finding", source, false);
  if (doc.contains("todo_due_within_days"))
    r.todoDueWithinDays = days(doc["todo_due_within_days"], source, "todo_due_within_days");
  if (doc.contains("defect_resolved_within_m")) {
    const auto& v = doc["defect_resolved_within_m"];
    const auto metres = jsonDecimal(v);
    if (!metres || *metres < 0) {
      throwBadInput(PW_TR("%1: %2 must be a number of metres of at least 0 (found %3)"),
                    {source, "defect_resolved_within_m", v.dump()},
                    {.file = source, .field = "defect_resolved_within_m", .value = v.dump()});
    }
    r.defectResolvedWithinM = *metres;
  }
  if (doc.contains("resolved_misconnection_statuses")) {
    r.resolvedMisconnectionStatuses = doc["resolved_misconnection_statuses"].get<std::vector<std::string>>();
  }
  return r;
}

int OrderRules::daysFor(const std::string& priority) const {
  const auto it = deadlineDays.find(priority);
  return it == deadlineDays.end() ? 60 : it->second;
}

OrderRules loadOrderRules(Project& project) {
  if (auto own = project.meta("order_rules")) return OrderRules::parse(*own, "project_meta order_rules");
  const std::string path = schemasDir() + "/catalogues/order-rules.json";
  return OrderRules::parse(readFile(path), path);
}

void setOrderRules(Project& project, const std::string& json, const std::string& source) {
  OrderRules::parse(json, source);  // refuses bad rules before anything is stored
  project.setMeta("order_rules", json);
}

}  // namespace pw
