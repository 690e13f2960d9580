#include "plan/planning.h"

#include <algorithm>

#include "core/error.h"
#include "plan/area_analysis.h"
#include "store/project.h"

namespace pw {

double rankScore(const SeparationCosts& costs, int openMisconnections, double flowM3d, int highestGrade) {
  return costs.weightMisconnection * openMisconnections + costs.weightFlow * flowM3d + costs.weightGrade * highestGrade;
}

std::vector<RankedArea> rankAreas(Project& project, const ProjectCatalogues& catalogues, const SeparationCosts& costs,
                                  const RankRequest& request) {
  AreaAnalyzer analyzer(project, catalogues);
  auto projects = project.db().prepare(
      "SELECT p.name FROM separation_project_areas a JOIN separation_projects p ON p.id = a.project_id "
      "WHERE a.community_id = ? ORDER BY p.planned_year, p.name");
  std::vector<RankedArea> out;
  for (auto& c : CommunityStore(project).list(request.districtId)) {
    const auto a = analyzer.analyse(c, false);
    RankedArea r;
    r.openMisconnections = a.openMisconnections();
    r.flowM3d = a.openFlowM3d();
    r.highestGrade = a.highestOpenGrade();
    r.combinedPipes = a.combinedPipes();
    r.combinedLengthM = a.combinedLengthM();
    r.mixedManholes = static_cast<int>(a.mixedManholes.size());
    r.score = rankScore(costs, r.openMisconnections, r.flowM3d, r.highestGrade);
    projects.reset();
    projects.bind(1, c.id);
    while (projects.step()) r.projects.push_back(projects.text(0));
    c.polygons.clear();
    r.community = std::move(c);
    out.push_back(std::move(r));
  }
  std::stable_sort(out.begin(), out.end(), [](const RankedArea& x, const RankedArea& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.combinedLengthM != y.combinedLengthM) return x.combinedLengthM > y.combinedLengthM;
    return x.community.name < y.community.name;
  });
  for (std::size_t i = 0; i < out.size(); ++i) out[i].rank = static_cast<int>(i + 1);
  if (request.top && out.size() > request.top) out.resize(request.top);
  return out;
}

SelectionTotals selectionTotals(Project& project, const ProjectCatalogues& catalogues,
                                const std::vector<std::int64_t>& areas) {
  CommunityStore communities(project);
  SelectionTotals t;
  for (const auto id : areas) {
    if (!communities.find(id))
      throw Error(ErrorKind::NotFound, PW_TR("There is no area %1"), {std::to_string(id)},
                  {.record = std::to_string(id)});
    if (std::find(t.areas.begin(), t.areas.end(), id) == t.areas.end()) t.areas.push_back(id);
  }
  SeparationStore store(project, catalogues);
  SeparationProject draft;
  draft.areas = t.areas;
  draft.scope = store.autoScope(t.areas);
  const auto inputs = store.budgetInputs(draft);
  for (const auto& p : inputs.pipes) {
    if (p.drainage != "combined") continue;
    ++t.combinedPipes;
    t.combinedLengthM += p.lengthM;
  }
  t.openMisconnections = inputs.misconnections;
  t.households = inputs.households;
  t.budget = estimateBudget(store.costs(), inputs);
  return t;
}

}  // namespace pw
