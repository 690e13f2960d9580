#include "inspect/assessment_query.h"

#include <map>
#include <unordered_map>
#include <unordered_set>

#include "core/numbers.h"
#include "network/graph.h"
#include "store/project.h"

namespace pw {

int gradeIndex(const std::string& grade) {
  if (grade == "I") return 0;
  if (grade == "II") return 1;
  if (grade == "III") return 2;
  if (grade == "IV") return 3;
  return -1;
}

std::vector<PipeAssessment> assessPipes(Project& project, const DefectCatalogue& catalogue,
                                        std::optional<std::int64_t> onlyPipe,
                                        std::optional<std::int64_t> onlyDistrict) {
  auto& db = project.db();
  std::optional<double> defaultK;
  std::optional<double> defaultT;
  if (auto k = project.meta("assess_k"))
    defaultK = requireDecimal(*k, "project_meta assess_k", {.file = project.path()});
  if (auto t = project.meta("assess_t")) defaultT = catalogue.tFactor(*t);
  const auto scorer = makeScorer(catalogue);
  std::string where = "l.rn = 1";
  if (onlyPipe) where += " AND p.id = " + std::to_string(*onlyPipe);
  if (onlyDistrict) where += " AND p.district_id = " + std::to_string(*onlyDistrict);
  auto st = db.prepare(
      "WITH latest AS (SELECT id, pipe_id, inspected_on, ROW_NUMBER() OVER (PARTITION BY pipe_id "
      "ORDER BY inspected_on DESC, id DESC) AS rn FROM inspections) "
      "SELECT p.id, p.code, coalesce(d.name, ''), l.id, l.inspected_on, p.length_m, p.diameter_mm, p.importance_k, "
      "p.soil_t, f.code, f.grade, f.distance_m, f.length_m FROM latest l JOIN pipes p ON p.id = l.pipe_id "
      "LEFT JOIN districts d ON d.id = p.district_id LEFT JOIN defects f ON f.inspection_id = l.id WHERE " +
      where + " ORDER BY p.id, f.distance_m");
  std::vector<PipeAssessment> out;
  SegmentInput input;
  auto finish = [&] {
    if (out.empty()) return;
    auto& last = out.back();
    last.result = scorer->assess(input);
    input = SegmentInput{};
  };
  while (st.step()) {
    const std::int64_t pipeId = st.int64(0);
    if (out.empty() || out.back().pipeId != pipeId) {
      finish();
      PipeAssessment a;
      a.pipeId = pipeId;
      a.code = st.text(1);
      a.district = st.text(2);
      a.inspectionId = st.int64(3);
      a.inspectedOn = st.text(4);
      a.length = st.real(5);
      a.diameterMm = st.optReal(6);
      input.length = a.length;
      input.diameterMm = a.diameterMm;
      input.k = st.isNull(7) ? defaultK : st.optReal(7);
      input.t = st.isNull(8) ? defaultT : st.optReal(8);
      out.push_back(std::move(a));
    }
    if (!st.isNull(9)) {
      input.defects.push_back({st.text(9), static_cast<int>(st.int64(10)), st.real(11), st.optReal(12)});
      ++out.back().defects;
    }
  }
  finish();
  return out;
}

std::vector<DistrictAssessment> assessDistricts(Project& project, const std::vector<PipeAssessment>& pipes,
                                                const MisconnectionCatalogue& misconnections) {
  auto& db = project.db();
  std::vector<DistrictAssessment> out;
  std::map<std::string, std::size_t> byName;
  auto st = db.prepare(
      "SELECT d.id, d.code, d.name, count(p.id), coalesce(sum(p.length_m), 0), "
      "coalesce(sum(CASE WHEN p.drainage IN ('rain', 'sewage') THEN p.length_m END), 0), "
      "(SELECT count(*) FROM misconnections m WHERE m.district_id = d.id) "
      "FROM districts d LEFT JOIN pipes p ON p.district_id = d.id GROUP BY d.id ORDER BY d.code");
  while (st.step()) {
    DistrictAssessment d;
    d.districtId = st.int64(0);
    d.code = st.text(1);
    d.name = st.text(2);
    d.pipes = st.int64(3);
    d.lengthKm = st.real(4) / 1000;
    d.separateKm = st.real(5) / 1000;
    d.misconnections = st.int64(6);
    d.density = gradeDensity(misconnections, d.misconnections, d.separateKm);
    byName.emplace(d.name, out.size());
    out.push_back(std::move(d));
  }
  // Defect grades on the latest inspections, per district.
  auto grades = db.prepare(
      "WITH latest AS (SELECT id, pipe_id, ROW_NUMBER() OVER (PARTITION BY pipe_id ORDER BY inspected_on DESC, id "
      "DESC) "
      "AS rn FROM inspections) SELECT dd.name, f.grade, count(*) FROM latest l JOIN defects f ON f.inspection_id = "
      "l.id "
      "JOIN pipes p ON p.id = l.pipe_id JOIN districts dd ON dd.id = p.district_id WHERE l.rn = 1 GROUP BY dd.id, "
      "f.grade");
  while (grades.step()) {
    const auto it = byName.find(grades.text(0));
    const auto g = grades.int64(1);
    if (it != byName.end() && g >= 1 && g <= 4)
      out[it->second].defectsByGrade[static_cast<std::size_t>(g - 1)] += grades.int64(2);
  }
  for (const auto& p : pipes) {
    const auto it = byName.find(p.district);
    if (it == byName.end()) continue;
    auto& d = out[it->second];
    ++d.inspectedPipes;
    d.inspectedKm += p.length / 1000;
    auto count = [](std::array<std::int64_t, 4>& a, const std::string& grade) {
      if (const int i = gradeIndex(grade); i >= 0) ++a[static_cast<std::size_t>(i)];
    };
    count(d.structuralGrades, p.result.structural.grade);
    count(d.functionalGrades, p.result.functional.grade);
    count(d.riGrades, p.result.riGrade);
    count(d.miGrades, p.result.miGrade);
  }
  for (auto& d : out) {
    for (std::size_t g = 0; g < 4; ++g) {
      d.defectsPerKm[g] = d.inspectedKm > 0 ? static_cast<double>(d.defectsByGrade[g]) / d.inspectedKm : 0;
    }
  }
  return out;
}

std::vector<CatchmentAssessment> assessRainCatchments(Project& project, const NetworkGraph& graph,
                                                      const MisconnectionCatalogue& misconnections) {
  auto& db = project.db();
  // Misconnections by the pipe and the manhole they are recorded on.
  std::unordered_map<std::int64_t, std::int64_t> onPipe;
  std::unordered_map<std::int64_t, std::int64_t> onManhole;
  auto st = db.prepare("SELECT pipe_id, manhole_id FROM misconnections");
  while (st.step()) {
    if (!st.isNull(0)) ++onPipe[st.int64(0)];
    if (st.isNull(0) && !st.isNull(1)) ++onManhole[st.int64(1)];
  }
  std::unordered_map<std::int64_t, std::string> codes;
  auto manholes = db.prepare("SELECT id, code FROM manholes");
  while (manholes.step()) codes.emplace(manholes.int64(0), manholes.text(1));
  std::vector<CatchmentAssessment> out;
  constexpr std::uint8_t rain = 0;
  for (const std::int64_t outfall : graph.outfalls(rain)) {
    const auto trace = graph.traceFromManhole(outfall, NetworkGraph::Direction::Up, rain);
    CatchmentAssessment c;
    c.outfallId = outfall;
    c.outfallCode = codes[outfall];
    c.pipes = static_cast<std::int64_t>(trace.pipes.size());
    c.lengthKm = trace.length / 1000;
    std::unordered_set<std::int64_t> nodes;
    for (const std::int64_t pipe : trace.pipes) {
      if (const auto it = onPipe.find(pipe); it != onPipe.end()) c.misconnections += it->second;
      const auto* e = graph.edgeOfPipe(pipe);
      nodes.insert(graph.manholeId(e->from));
      nodes.insert(graph.manholeId(e->to));
    }
    for (const std::int64_t n : nodes) {
      if (const auto it = onManhole.find(n); it != onManhole.end()) c.misconnections += it->second;
    }
    c.density = gradeDensity(misconnections, c.misconnections, c.lengthKm);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace pw
