#include "export/export_selection.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "orders/workflow.h"
#include "store/districts.h"

namespace pw {
namespace {

[[noreturn]] void notApplicable(const char* filterName, ExportLayer layer) {
  throwBadInput(PW_TR("The %1 filter does not apply to the %2 layer"), {trArg(filterName), exportLayerKey(layer)});
}

}  // namespace

Selection select(sql::Database& db, const ExportLayerSpec& spec, const ExportFilter& filter, const std::string& today) {
  Selection s;
  if (filter.district) {
    if (spec.districtExpr.empty()) notApplicable(PW_TR("district"), spec.layer);
    s.add(spec.districtExpr + " =", requireDistrict(db, *filter.district).id);
  }
  if (filter.drainage) {
    if (spec.drainageExpr.empty()) notApplicable(PW_TR("drainage type"), spec.layer);
    if (*filter.drainage != "rain" && *filter.drainage != "sewage" && *filter.drainage != "combined") {
      throwBadInput(PW_TR("'%1' is not a drainage type: use rain, sewage or combined"), {*filter.drainage});
    }
    s.add(spec.drainageExpr + " =", *filter.drainage);
  }
  if (filter.state) {
    if (!spec.hasOrderState) notApplicable(PW_TR("order state"), spec.layer);
    if (!orderStateFromKey(*filter.state)) {
      std::string known;
      for (const auto state : allOrderStates())
        known += (known.empty() ? "" : ", ") + std::string(orderStateKey(state));
      throwBadInput(PW_TR("'%1' is not an order state: use %2"), {*filter.state, known});
    }
    s.add("t.state =", *filter.state);
  }
  if (filter.overdueOnly) {
    if (!spec.hasOrderState) notApplicable(PW_TR("overdue"), spec.layer);
    s.add("t.deadline <", today);
    s.where += " AND t.state NOT IN ('draft', 'closed', 'cancelled')";
  }
  if (filter.grade || filter.minGrade) {
    if (spec.gradeExpr.empty() && !spec.gradeDerived) notApplicable(PW_TR("grade"), spec.layer);
    const int top = spec.gradeDerived ? 3 : 4;
    for (const auto& g : {filter.grade, filter.minGrade}) {
      if (g && (*g < 1 || *g > top)) {
        throwBadInput(PW_TR("Grade %1 does not exist for %2: grades run from 1 to %3"),
                      {std::to_string(*g), exportLayerKey(spec.layer), std::to_string(top)});
      }
    }
    if (spec.gradeDerived) {
      s.exactGrade = filter.grade;
      s.minGrade = filter.minGrade;
    } else {
      if (filter.grade) s.add(spec.gradeExpr + " =", static_cast<std::int64_t>(*filter.grade));
      if (filter.minGrade) s.add(spec.gradeExpr + " >=", static_cast<std::int64_t>(*filter.minGrade));
    }
  }
  if (!filter.ids.empty()) {
    const std::string ids = nlohmann::json(filter.ids).dump();
    auto missing = db.prepare("SELECT value FROM json_each(?1) WHERE value NOT IN (SELECT id FROM " + spec.table +
                              ") ORDER BY value LIMIT 10");
    missing.bind(1, ids);
    std::string list;
    while (missing.step()) list += (list.empty() ? "" : ", ") + std::to_string(missing.int64(0));
    if (!list.empty()) {
      throw Error(ErrorKind::NotFound, PW_TR("The selection names %1 that do not exist: %2"), {trArg(spec.noun), list},
                  {.record = list});
    }
    s.add("t.id IN (SELECT value FROM json_each(", ids);
    s.where += "))";
  }
  return s;
}

}  // namespace pw
