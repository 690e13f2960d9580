// Separation programme report content (separation_report.h): the projects from the separation store with their budget
// and progress as the store computes them, the areas' districts and boxes from the community store, and the shortlist
// from the planning ranking.
#include "report/separation_report.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/error.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "plan/communities.h"
#include "rules/project_time.h"
#include "store/project.h"

namespace pw {
namespace {

/// Whether the area has anything a separation project would do.
bool worthSeparating(const RankedArea& a) {
  return a.openMisconnections > 0 || a.combinedPipes > 0 || a.mixedManholes > 0;
}

Box boxOf(const MultiPolygon& polygons) {
  Box b;
  for (const auto& polygon : polygons) {
    for (const auto& ring : polygon.rings) {
      for (const auto& p : ring) b.add(p.x, p.y);
    }
  }
  return b;
}

/// The project's figures: areas, scope counts, combined length, budget, progress and orders.
ProgrammeProject programmeProject(Project& project, SeparationStore& store, const SeparationProject& p,
                                  const std::vector<Community>& areas) {
  ProgrammeProject out;
  out.id = p.id;
  out.name = p.name;
  out.plannedYear = p.plannedYear;
  out.status = p.status;
  for (const auto& c : areas) {
    out.areas.push_back({c.id, c.name, c.districtName, c.households});
    out.households += c.households.value_or(0);
  }
  for (const auto& item : p.scope) {
    if (item.entity == "misconnection") ++out.misconnections;
    if (item.entity == "defect") ++out.defects;
    if (item.entity == "pipe") ++out.pipes;
    if (item.entity == "manhole") ++out.manholes;
  }
  const auto inputs = store.budgetInputs(p);
  for (const auto& pipe : inputs.pipes) {
    if (pipe.drainage != "combined") continue;
    ++out.combinedPipes;
    out.combinedLengthM += pipe.lengthM;
  }
  out.budget = estimateBudget(store.costs(), inputs);
  out.progress = store.progress(p);
  auto order = project.db().prepare("SELECT number, state FROM orders WHERE id = ?");
  for (const auto id : p.orders) {
    order.reset();
    order.bind(1, id);
    if (order.step()) out.orders.push_back({id, order.text(0), order.text(1)});
  }
  return out;
}

}  // namespace

std::string budgetItemName(const Translate& tr, const BudgetLine& line) {
  if (line.item == "new_pipe") {
    return reportText(tr, line.system == "rain" ? PW_TR("new rain pipe, DN %1 mm") : PW_TR("new sewer, DN %1 mm"),
                      {line.diameter});
  }
  if (line.item == "household") return reportText(tr, PW_TR("household connections"));
  if (line.item == "manhole") return reportText(tr, PW_TR("mixed-flow manholes rebuilt"));
  if (line.item == "misconnection") return reportText(tr, PW_TR("misconnection points rectified"));
  return line.item;
}

std::string budgetUnitName(const Translate& tr, const BudgetLine& line) {
  return line.item == "new_pipe" ? reportText(tr, PW_TR("m")) : std::string();
}

std::string programmeYearText(const Translate& tr, const SeparationReport& report) {
  return report.plannedYear ? std::to_string(*report.plannedYear) : reportText(tr, PW_TR("all years"));
}

std::string programmeDistrictText(const Translate& tr, const SeparationReport& report) {
  return report.districtId ? report.districtName : reportText(tr, PW_TR("the whole city"));
}

std::string programmeCostsText(const Translate& tr, const SeparationReport& report) {
  return report.ownCosts ? reportText(tr, PW_TR("the project's own unit costs"))
                         : reportText(tr, PW_TR("the shipped placeholder unit costs, not confirmed for this city "
                                                "(set the city's own with plan costs set)"));
}

SeparationReport buildSeparationReport(Project& project, const ProjectCatalogues& catalogues,
                                       const SeparationReportRequest& request) {
  SeparationReport r;
  r.plannedYear = request.plannedYear;
  r.districtId = request.districtId;
  if (request.plannedYear && (*request.plannedYear < 2000 || *request.plannedYear > 2100)) {
    throwBadInput(PW_TR("The planned year %1 is not a year between 2000 and 2100"),
                  {std::to_string(*request.plannedYear)},
                  {.field = "year", .value = std::to_string(*request.plannedYear)});
  }
  if (request.districtId) {
    auto st = project.db().prepare("SELECT name FROM districts WHERE id = ?");
    st.bind(1, *request.districtId);
    if (!st.step()) {
      throw Error(ErrorKind::NotFound, PW_TR("There is no district %1"), {std::to_string(*request.districtId)},
                  {.field = "district", .value = std::to_string(*request.districtId)});
    }
    r.districtName = st.text(0);
  }
  r.generatedOn = todayIso(project);
  r.projectName = std::filesystem::path(project.path()).stem().string();
  r.ownCosts = project.meta("separation_costs").has_value();  // the key loadSeparationCosts reads first

  SeparationStore store(project, catalogues);
  r.currency = store.costs().currency;
  r.weightMisconnection = store.costs().weightMisconnection;
  r.weightFlow = store.costs().weightFlow;
  r.weightGrade = store.costs().weightGrade;
  CommunityStore communities(project);
  std::set<std::int64_t> areaIds;
  SeparationFilter filter;
  filter.plannedYear = request.plannedYear;
  for (const auto& p : store.list(filter)) {
    std::vector<Community> areas;
    for (const auto id : p.areas) {
      if (auto c = communities.find(id)) areas.push_back(std::move(*c));
    }
    const bool inDistrict = !request.districtId || std::any_of(areas.begin(), areas.end(), [&](const Community& c) {
      return c.districtId == request.districtId;
    });
    if (!inDistrict) continue;
    for (const auto& c : areas) {
      if (areaIds.insert(c.id).second) r.extent.add(boxOf(c.polygons));
    }
    r.projects.push_back(programmeProject(project, store, p, areas));
  }
  r.areaIds.assign(areaIds.begin(), areaIds.end());

  for (const auto s : allSeparationStatuses()) r.byStatus.push_back({s, 0, 0});
  auto& t = r.totals;
  for (const auto& p : r.projects) {
    ++t.projects;
    t.budget += p.budget.total;
    t.households += p.households;
    t.combinedPipes += p.combinedPipes;
    t.combinedLengthM += p.combinedLengthM;
    t.progress.findings += p.progress.findings;
    t.progress.closed += p.progress.closed;
    t.orders += static_cast<int>(p.orders.size());
    auto& s = r.byStatus[static_cast<std::size_t>(p.status)];
    ++s.projects;
    s.budget += p.budget.total;
  }
  t.areas = static_cast<int>(r.areaIds.size());

  for (auto& a : rankAreas(project, catalogues, store.costs(), {.districtId = request.districtId, .top = 0})) {
    if (r.candidates.size() >= request.candidateLimit) break;
    if (!a.projects.empty() || !worthSeparating(a)) continue;
    a.rank = static_cast<int>(r.candidates.size() + 1);
    const auto* level = catalogues.misconnections.level(a.highestGrade);
    r.candidates.push_back({std::move(a), level ? level->name : std::string()});
  }
  std::vector<std::int64_t> shortlist;
  for (const auto& c : r.candidates) shortlist.push_back(c.area.community.id);
  if (!shortlist.empty()) {
    r.candidateTotals = selectionTotals(project, catalogues, shortlist);
  } else {
    r.candidateTotals.budget.currency = r.currency;
  }
  return r;
}

}  // namespace pw
