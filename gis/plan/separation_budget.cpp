// SeparationStore: what a project costs, how far it is, and the scope its areas suggest.
#include <algorithm>
#include <map>
#include <set>

#include "core/error.h"
#include "inspect/project_catalogues.h"
#include "plan/area_analysis.h"
#include "plan/separation.h"
#include "store/project.h"

namespace pw {

BudgetEstimate estimateBudget(const SeparationCosts& costs, const BudgetInputs& inputs) {
  BudgetEstimate e;
  e.currency = costs.currency;
  e.areasWithoutHouseholds = inputs.areasWithoutHouseholds;
  // (system, class index) -> metres; classes in the order the costs list them
  std::map<std::pair<std::string, std::size_t>, double> metres;
  const std::string parallel = costs.combinedBecomes == "rain" ? "sewage" : "rain";
  for (const auto& p : inputs.pipes) {
    const std::string system = (p.drainage == "rain" || p.drainage == "sewage") ? p.drainage : parallel;
    const double diameter = p.diameterMm.value_or(costs.diameterWhenUnknownMm);
    if (!p.diameterMm) ++e.pipesWithoutDiameter;
    const CostBand* band = costs.band(system, diameter);
    if (!band) {
      throwBadInput(PW_TR("The unit costs have no class for a %1 pipe of %2 mm"), {system, formatNumber(diameter, 0)},
                    {.field = "new_pipe_per_m." + system});
    }
    const auto& list = system == "rain" ? costs.rainPerM : costs.sewagePerM;
    metres[{system, static_cast<std::size_t>(band - list.data())}] += p.lengthM;
  }
  for (const auto& [key, length] : metres) {
    const auto& list = key.first == "rain" ? costs.rainPerM : costs.sewagePerM;
    const auto& band = list[key.second];
    e.lines.push_back({"new_pipe", key.first, band.diameterMm.text(), length, band.costPerM, length * band.costPerM});
  }
  auto add = [&](const char* item, double quantity, double unit) {
    if (quantity > 0) e.lines.push_back({item, "", "", quantity, unit, quantity * unit});
  };
  add("household", static_cast<double>(inputs.households), costs.perHousehold);
  add("manhole", inputs.manholes, costs.perManhole);
  add("misconnection", inputs.misconnections, costs.perMisconnection);
  for (const auto& l : e.lines) e.total += l.amount;
  return e;
}

std::vector<ScopeItem> SeparationStore::autoScope(const std::vector<std::int64_t>& areas) {
  std::set<ScopeItem> items;
  AreaAnalyzer analyzer(m_project, m_catalogues);
  CommunityStore communities(m_project);
  for (const auto id : areas) {
    const auto c = communities.find(id);
    if (!c) continue;
    const auto a = analyzer.analyse(*c, false);
    for (const auto& m : a.misconnections) {
      if (!m.closed) items.insert({"misconnection", m.id});
    }
    for (const auto& p : a.pipes) {
      if (p.drainage == "combined") items.insert({"pipe", p.id});
    }
    for (const auto& h : a.mixedManholes) items.insert({"manhole", h.id});
  }
  return {items.begin(), items.end()};
}

BudgetInputs SeparationStore::budgetInputs(const SeparationProject& project) {
  auto& db = m_project.db();
  BudgetInputs in;
  auto pipe = db.prepare("SELECT coalesce(drainage, ''), diameter_mm, length_m FROM pipes WHERE id = ?");
  for (const auto& item : project.scope) {
    if (item.entity == "pipe") {
      pipe.reset();
      pipe.bind(1, item.id);
      if (pipe.step()) in.pipes.push_back({pipe.text(0), pipe.optReal(1), pipe.real(2)});
    } else if (item.entity == "manhole") {
      ++in.manholes;
    } else if (item.entity == "misconnection") {
      ++in.misconnections;
    }
  }
  auto area = db.prepare("SELECT households FROM communities WHERE id = ?");
  for (const auto id : project.areas) {
    area.reset();
    area.bind(1, id);
    if (!area.step()) continue;
    if (area.isNull(0)) {
      ++in.areasWithoutHouseholds;
    } else {
      in.households += area.int64(0);
    }
  }
  return in;
}

BudgetEstimate SeparationStore::budget(const SeparationProject& project) {
  return estimateBudget(m_costs, budgetInputs(project));
}

SeparationProgress SeparationStore::progress(const SeparationProject& project) {
  SeparationProgress p;
  FindingClosure closure(m_project, m_rules);
  for (const auto& item : project.scope) {
    if (item.entity != "misconnection" && item.entity != "defect") continue;
    ++p.findings;
    if (closure.closed(item.entity, item.id)) ++p.closed;
  }
  return p;
}

}  // namespace pw
