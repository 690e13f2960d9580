// assess | trace | import-inspections | audit
#include <QStringList>

#include "cli.h"
#include "cli_support.h"
#include "core/error.h"
#include "i18n.h"
#include "inspect/assessment_query.h"
#include "inspect/csv_import.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "network/graph.h"
#include "output.h"
#include "report/trace_report.h"
#include "store/districts.h"
#include "store/project.h"

namespace pw::cli {
namespace {

nlohmann::json sideJson(const SideAssessment& s) {
  return {{"count", s.count},
          {"n1", s.n1},
          {"n2", s.n2},
          {"S", s.S},
          {"Smax", s.Smax},
          {"F", s.F},
          {"density", s.density},
          {"grade", s.grade},
          {"density_class", s.densityClass}};
}

QString actionText(const GradeBand* band, bool repair) {
  if (!band) return {};
  const bool zh = i18n::current() == QLatin1String("zh_CN");
  const std::string& text = repair ? (zh || band->repairEn.empty() ? band->repair : band->repairEn)
                                   : (zh || band->maintenanceEn.empty() ? band->maintenance : band->maintenanceEn);
  return i18n::qs(text);
}

QString levelName(const MisconnectionCatalogue& c, int level) {
  const auto* l = c.level(level);
  if (!l) return QStringLiteral("-");
  return i18n::qs(i18n::current() == QLatin1String("zh_CN") || l->nameEn.empty() ? l->name : l->nameEn);
}

}  // namespace

int Cli::cmdAssess(const ParsedArgs& a) {
  const std::string path = positional(a, 0, "PROJECT");
  auto project = Project::open(path);
  const auto catalogues = loadProjectCatalogues(*project);
  std::optional<std::int64_t> pipe;
  if (auto code = a.value("--pipe")) pipe = pipeIdOf(*project, *code);
  std::optional<std::int64_t> district;
  if (auto name = a.value("--district")) district = requireDistrict(*project, *name).id;
  const auto pipes = assessPipes(*project, catalogues.defects, pipe, district);
  const auto districts = assessDistricts(*project, pipe || district ? assessPipes(*project, catalogues.defects) : pipes,
                                         catalogues.misconnections);
  const auto graph = NetworkGraph::load(*project);
  const auto catchments = assessRainCatchments(*project, graph, catalogues.misconnections);
  if (m_json) {
    nlohmann::json doc;
    doc["catalogue"] = catalogues.defects.id();
    doc["pipes"] = nlohmann::json::array();
    for (const auto& p : pipes) {
      doc["pipes"].push_back({{"pipe", p.code},
                              {"district", p.district},
                              {"inspection", p.inspectionId},
                              {"inspected_on", p.inspectedOn},
                              {"length_m", p.length},
                              {"defects", p.defects},
                              {"structural", sideJson(p.result.structural)},
                              {"functional", sideJson(p.result.functional)},
                              {"K", p.result.K},
                              {"E", p.result.E},
                              {"T", p.result.T},
                              {"RI", p.result.RI},
                              {"RI_grade", p.result.riGrade},
                              {"MI", p.result.MI},
                              {"MI_grade", p.result.miGrade}});
    }
    doc["districts"] = nlohmann::json::array();
    for (const auto& d : districts) {
      if (district && d.districtId != *district) continue;
      doc["districts"].push_back({{"district", d.name},
                                  {"code", d.code},
                                  {"pipes", d.pipes},
                                  {"length_km", d.lengthKm},
                                  {"inspected_pipes", d.inspectedPipes},
                                  {"inspected_km", d.inspectedKm},
                                  {"structural_grades", d.structuralGrades},
                                  {"functional_grades", d.functionalGrades},
                                  {"RI_grades", d.riGrades},
                                  {"MI_grades", d.miGrades},
                                  {"defects_by_grade", d.defectsByGrade},
                                  {"defects_per_km", d.defectsPerKm},
                                  {"misconnections", d.misconnections},
                                  {"separate_system_km", d.separateKm},
                                  {"misconnection_density", d.density.perKm},
                                  {"misconnection_grade", d.density.level}});
    }
    doc["rain_catchments"] = nlohmann::json::array();
    for (const auto& c : catchments) {
      doc["rain_catchments"].push_back({{"outfall", c.outfallCode},
                                        {"pipes", c.pipes},
                                        {"length_km", c.lengthKm},
                                        {"misconnections", c.misconnections},
                                        {"density", c.density.perKm},
                                        {"grade", c.density.level}});
    }
    printJson(doc);
    return Ok;
  }
  printLine(tr("Assessment by %1 (%2 inspected pipes)").arg(i18n::qs(catalogues.defects.standard())).arg(pipes.size()));
  Table table({tr("pipe"), tr("district"), tr("inspected"), tr("defects"), tr("S"), tr("F"), tr("structural"), tr("Y"),
               tr("G"), tr("functional"), tr("RI"), tr("RI grade"), tr("MI"), tr("MI grade"), tr("repair")});
  for (const auto& p : pipes) {
    const auto& r = p.result;
    table.addRow({i18n::qs(p.code), i18n::qs(p.district), i18n::qs(p.inspectedOn), QString::number(p.defects),
                  number(r.structural.S), number(r.structural.F), gradeText(r.structural.grade), number(r.functional.S),
                  number(r.functional.F), gradeText(r.functional.grade), number(r.RI), gradeText(r.riGrade),
                  number(r.MI), gradeText(r.miGrade), actionText(r.riBand, true)});
  }
  if (!pipes.empty()) table.print({3, 4, 5, 7, 8, 10, 12});
  if (pipe) return Ok;
  printLine(QString());
  Table byDistrict({tr("district"), tr("inspected km"), tr("structural I/II/III/IV"), tr("RI III-IV"),
                    tr("defects/km (1/2/3/4)"), tr("misconnections"), tr("per km"), tr("degree")});
  for (const auto& d : districts) {
    if (district && d.districtId != *district) continue;
    auto four = [](const auto& v) { return QStringLiteral("%1/%2/%3/%4").arg(v[0]).arg(v[1]).arg(v[2]).arg(v[3]); };
    byDistrict.addRow({i18n::qs(d.name), QString::number(d.inspectedKm, 'f', 3), four(d.structuralGrades),
                       QString::number(d.riGrades[2] + d.riGrades[3]),
                       QStringLiteral("%1/%2/%3/%4")
                           .arg(d.defectsPerKm[0], 0, 'f', 1)
                           .arg(d.defectsPerKm[1], 0, 'f', 1)
                           .arg(d.defectsPerKm[2], 0, 'f', 1)
                           .arg(d.defectsPerKm[3], 0, 'f', 1),
                       QString::number(d.misconnections), QString::number(d.density.perKm, 'f', 2),
                       levelName(catalogues.misconnections, d.density.level)});
  }
  byDistrict.print({1, 3, 5, 6});
  if (!district && !catchments.empty()) {
    printLine(QString());
    Table byCatchment({tr("rain outfall"), tr("pipes"), tr("km"), tr("misconnections"), tr("per km"), tr("degree")});
    for (const auto& c : catchments) {
      byCatchment.addRow({i18n::qs(c.outfallCode), QString::number(c.pipes), QString::number(c.lengthKm, 'f', 3),
                          QString::number(c.misconnections), QString::number(c.density.perKm, 'f', 2),
                          levelName(catalogues.misconnections, c.density.level)});
    }
    byCatchment.print({1, 2, 3, 4});
  }
  return Ok;
}

int Cli::cmdTrace(const ParsedArgs& a) {
  const std::string direction = a.positional.size() > 1 ? a.positional[1] : std::string();
  if (direction != "up" && direction != "down") throw UsageError{PW_TR("trace takes up or down, not %1"), direction};
  const std::string path = positional(a, 1, "PROJECT");
  auto project = Project::open(path);
  const auto graph = NetworkGraph::load(*project);
  const auto dir = direction == "down" ? NetworkGraph::Direction::Down : NetworkGraph::Direction::Up;
  NetworkGraph::Trace trace;
  if (auto pipe = a.value("--pipe")) {
    trace = traceFromPipeChecked(*project, graph, pipeIdOf(*project, *pipe), dir);
  } else {
    trace = graph.traceFromManhole(manholeIdOf(*project, requiredOption(a, "--manhole")), dir);
  }
  const auto catalogues = loadProjectCatalogues(*project);
  FindingsStore store(*project, catalogues.defects, catalogues.misconnections);
  const auto report = reportTrace(*project, store, graph, std::move(trace));
  std::vector<std::string> pipeCodes;
  for (auto id : report.trace.pipes) pipeCodes.push_back(pipeCodeOf(*project, id));
  const auto& endCodes = report.endCodes;
  nlohmann::json defects = nlohmann::json::array();
  nlohmann::json misconnections = nlohmann::json::array();
  for (const auto& t : report.defects) {
    defects.push_back({{"pipe", t.pipeCode},
                       {"id", t.defect.id},
                       {"code", t.defect.code},
                       {"grade", t.defect.grade},
                       {"distance", t.defect.distance}});
  }
  for (const auto& t : report.misconnections) {
    misconnections.push_back({{"id", t.record.id}, {"type", t.record.kind}, {"status", t.record.status}, {"at", t.at}});
  }
  if (m_json) {
    printJson({{"direction", direction},
               {"pipes", pipeCodes},
               {"length_m", report.trace.length},
               {"ends", endCodes},
               {"loop", report.trace.loop},
               {"defects", defects},
               {"misconnections", misconnections}});
    return Ok;
  }
  printLine((dir == NetworkGraph::Direction::Down ? tr("Downstream: %1 pipes, %2 m, ending at %3")
                                                  : tr("Upstream: %1 pipes, %2 m, starting from %3"))
                .arg(report.trace.pipes.size())
                .arg(report.trace.length, 0, 'f', 1)
                .arg(i18n::qs([&] {
                  std::string s;
                  for (const auto& c : endCodes) s += (s.empty() ? "" : ", ") + c;
                  return s;
                }())));
  if (report.trace.loop) printLine(tr("Note: the recorded flow forms a loop along this trace."));
  printLine(tr("Misconnections on the way: %1").arg(misconnections.size()));
  for (const auto& m : misconnections) {
    printLine(QStringLiteral("  #%1 %2 @ %3 (%4)")
                  .arg(m["id"].get<std::int64_t>())
                  .arg(i18n::qs(m["type"].get<std::string>()), i18n::qs(m["at"].get<std::string>()),
                       i18n::qs(m["status"].get<std::string>())));
  }
  printLine(tr("Defects on the way: %1").arg(defects.size()));
  for (const auto& d : defects) {
    printLine(QStringLiteral("  %1: %2 %3 @ %4 m")
                  .arg(i18n::qs(d["pipe"].get<std::string>()), i18n::qs(d["code"].get<std::string>()))
                  .arg(d["grade"].get<int>())
                  .arg(d["distance"].get<double>()));
  }
  return Ok;
}

int Cli::cmdImportInspections(const ParsedArgs& a) {
  const std::string path = positional(a, 0, "PROJECT");
  const std::string csv = positional(a, 1, "CSV");
  auto project = Project::open(path);
  const auto catalogues = loadProjectCatalogues(*project);
  FindingsStore store(*project, catalogues.defects, catalogues.misconnections);
  CsvImportOptions options;
  options.date = a.value("--date").value_or("");
  options.method = a.value("--method").value_or("cctv");
  options.direction = a.value("--direction").value_or("with_flow");
  options.team = a.value("--team").value_or("");
  options.user = actingUser(a, *project);
  options.encoding = a.value("--encoding").value_or("");
  const auto report = importInspectionCsv(*project, store, csv, options);
  if (m_json) {
    nlohmann::json doc{{"rows", report.rows},
                       {"inspections", report.inspections},
                       {"defects", report.defects},
                       {"photos", report.photos},
                       {"encoding", report.encoding},
                       {"ignored_columns", report.ignoredColumns},
                       {"replaced", nlohmann::json::array()}};
    for (const auto& r : report.replaced) doc["replaced"].push_back({{"row", r.row}, {"column", r.column}});
    if (const auto& before = report.alreadyImported) {
      doc["already_imported"] = {{"file", before->fileName},
                                 {"at", before->importedAt},
                                 {"by", before->importedBy},
                                 {"defects", before->defects}};
    }
    printJson(doc);
    return Ok;
  }
  if (const auto& before = report.alreadyImported) {
    printLine(tr("%1 was already imported (as %2, %3 defects, by %4 at %5); nothing was changed")
                  .arg(i18n::qs(csv), i18n::qs(before->fileName))
                  .arg(before->defects)
                  .arg(i18n::qs(before->importedBy), i18n::qs(before->importedAt)));
    return Ok;
  }
  printLine(tr("Imported %1 defects in %2 inspections (%3 photos) from %4 rows (%5)")
                .arg(report.defects)
                .arg(report.inspections)
                .arg(report.photos)
                .arg(report.rows)
                .arg(i18n::qs(report.encoding)));
  if (!report.ignoredColumns.empty()) {
    QStringList names;
    for (const auto& c : report.ignoredColumns) names << i18n::qs(c);
    printLine(tr("Columns ignored (PipeWard does not read them): %1").arg(names.join(QStringLiteral(", "))));
  }
  for (const auto& r : report.replaced) {
    printLine(tr("Warning: row %1, %2: bytes that are not valid %3 text were stored as the replacement character "
                 "U+FFFD")
                  .arg(r.row)
                  .arg(i18n::qs(r.column), i18n::qs(report.encoding)));
  }
  return Ok;
}

int Cli::cmdAudit(const ParsedArgs& a) {
  const std::string path = positional(a, 0, "PROJECT");
  const std::string entity = positional(a, 1, "ENTITY");
  const std::string idText = positional(a, 2, "ID");
  auto project = Project::open(path);
  const auto catalogues = loadProjectCatalogues(*project);
  FindingsStore store(*project, catalogues.defects, catalogues.misconnections);
  const std::int64_t id = recordNumber(idText, "ID");
  const auto log = store.auditOf(entity, id);
  if (m_json) {
    nlohmann::json doc = nlohmann::json::array();
    for (const auto& e : log) {
      doc.push_back({{"at", e.at},
                     {"user", e.user},
                     {"action", e.action},
                     {"before", e.before.empty() ? nlohmann::json(nullptr) : nlohmann::json::parse(e.before)},
                     {"after", e.after.empty() ? nlohmann::json(nullptr) : nlohmann::json::parse(e.after)}});
    }
    printJson(doc);
    return Ok;
  }
  if (log.empty()) {
    printLine(tr("No changes recorded for %1 %2").arg(i18n::qs(entity)).arg(id));
    return Ok;
  }
  Table table({tr("time"), tr("user"), tr("action"), tr("after")});
  for (const auto& e : log) table.addRow({i18n::qs(e.at), i18n::qs(e.user), i18n::qs(e.action), i18n::qs(e.after)});
  table.print();
  return Ok;
}

}  // namespace pw::cli
