// area import | add | list | show, and plan rank | costs: community areas and the separation planning view.
#include <set>

#include "cli.h"
#include "cli_support.h"
#include "cmd_orders_common.h"
#include "cmd_plan_common.h"
#include "core/error.h"
#include "core/paths.h"
#include "crs/crs.h"
#include "i18n.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"
#include "output.h"
#include "plan/area_analysis.h"
#include "plan/area_geometry.h"
#include "plan/community_import.h"
#include "plan/planning.h"
#include "store/project.h"

namespace pw::cli {
namespace {

int importAreas(const ParsedArgs& a, Project& project, const std::string& source, bool json) {
  CommunityImportOptions options;
  options.profile = a.value("--profile").value_or("");
  options.encoding = a.value("--encoding").value_or("");
  if (auto epsg = a.value("--assume-crs")) options.assumeEpsg = crs::parseEpsg(*epsg);
  const auto r = importCommunities(project, source, options, actingUser(a, project));
  if (json) {
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& w : r.warnings)
      warnings.push_back({{"feature", w.row}, {"message", i18n::text(w.messageTemplate, w.args).toStdString()}});
    printJson({{"import_id", r.importId},
               {"source", r.path},
               {"profile", r.profile},
               {"fields", r.bound},
               {"encoding", r.encoding},
               {"encoding_reason", i18n::joined({r.encodingOrigin, r.encodingVerdict}).toStdString()},
               {"crs", r.crs},
               {"crs_reason", i18n::text(r.crsReason).toStdString()},
               {"features", r.featuresRead},
               {"inserted", r.inserted},
               {"updated", r.updated},
               {"warnings", warnings}});
    return Ok;
  }
  printLine(Cli::tr("Imported areas from %1: %2 new, %3 updated (%4 features)")
                .arg(i18n::qs(r.path))
                .arg(r.inserted)
                .arg(r.updated)
                .arg(r.featuresRead));
  printLine(Cli::tr("  profile:   %1").arg(i18n::qs(r.profile)));
  QStringList fields;
  for (const auto& [canonical, field] : r.bound)
    fields << QStringLiteral("%1=%2").arg(i18n::qs(canonical), i18n::qs(field));
  printLine(Cli::tr("  fields:    %1").arg(fields.join(QStringLiteral(", "))));
  printLine(
      Cli::tr("  encoding:  %1 (%2)").arg(i18n::qs(r.encoding), i18n::joined({r.encodingOrigin, r.encodingVerdict})));
  printLine(Cli::tr("  CRS:       %1 (%2)").arg(i18n::qs(r.crs), i18n::text(r.crsReason)));
  for (const auto& w : r.warnings)
    printLine(Cli::tr("  warning: feature %1: %2").arg(w.row).arg(i18n::text(w.messageTemplate, w.args)));
  return Ok;
}

int addArea(const ParsedArgs& a, Project& project, bool json) {
  Community c;
  c.name = requiredOption(a, "--name");
  c.polygons = polygonFromWkt(requiredOption(a, "--wkt"));
  c.address = a.value("--address");
  c.buildYear = optionInteger(a, "--build-year");
  c.households = optionInteger(a, "--households");
  c.kind = a.value("--kind").value_or("old_residential");
  CommunityStore store(project);
  const auto stored = *store.find(store.add(c, actingUser(a, project)));
  if (json) {
    printJson(areaJson(stored));
    return Ok;
  }
  printLine(Cli::tr("Added area %1 (id %2) in %3: %4 m²")
                .arg(i18n::qs(stored.name))
                .arg(stored.id)
                .arg(stored.districtName.empty() ? Cli::tr("no district") : i18n::qs(stored.districtName))
                .arg(stored.areaM2, 0, 'f', 0));
  return Ok;
}

int listAreas(const ParsedArgs& a, Project& project, bool json) {
  std::optional<std::int64_t> district;
  if (auto d = a.value("--district")) district = districtIdOf(project, *d);
  const auto areas = CommunityStore(project).list(district);
  if (json) {
    nlohmann::json doc = nlohmann::json::array();
    for (const auto& c : areas) doc.push_back(areaJson(c));
    printJson(doc);
    return Ok;
  }
  if (areas.empty()) {
    printLine(Cli::tr("No areas. Import them with area import, or draw them with area add."));
    return Ok;
  }
  Table table({Cli::tr("id"), Cli::tr("name"), Cli::tr("kind"), Cli::tr("district"), Cli::tr("built"),
               Cli::tr("households"), Cli::tr("area m²"), Cli::tr("address")});
  for (const auto& c : areas) {
    table.addRow({QString::number(c.id), i18n::qs(c.name), areaKindName(c.kind), i18n::qs(c.districtName),
                  c.buildYear ? QString::number(*c.buildYear) : QStringLiteral("-"),
                  c.households ? QString::number(*c.households) : QStringLiteral("-"),
                  QString::number(c.areaM2, 'f', 0), i18n::qs(c.address.value_or("-"))});
  }
  table.print({0, 4, 5, 6});
  return Ok;
}

int showArea(Project& project, const std::string& ref, bool json) {
  const auto catalogues = loadProjectCatalogues(project);
  const auto community = CommunityStore(project).require(ref);
  AreaAnalyzer analyzer(project, catalogues);
  const auto r = analyzer.analyse(community, true);
  if (json) {
    nlohmann::json doc{{"area", areaJson(community)}};
    doc["misconnections"] = nlohmann::json::array();
    for (const auto& m : r.misconnections) {
      doc["misconnections"].push_back({{"id", m.id},
                                       {"type", m.kind},
                                       {"status", m.status},
                                       {"grade", m.grade},
                                       {"flow_m3d", m.flowM3d ? nlohmann::json(*m.flowM3d) : nlohmann::json()},
                                       {"closed", m.closed}});
    }
    doc["pipes"] = nlohmann::json::array();
    for (const auto& p : r.pipes) {
      doc["pipes"].push_back({{"code", p.code},
                              {"drainage", p.drainage},
                              {"diameter_mm", p.diameterMm ? nlohmann::json(*p.diameterMm) : nlohmann::json()},
                              {"length_m", p.lengthM}});
    }
    doc["mixed_manholes"] = nlohmann::json::array();
    for (const auto& h : r.mixedManholes)
      doc["mixed_manholes"].push_back({{"code", h.code}, {"drainage", h.drainage}, {"systems", h.systems}});
    doc["ends"] = nlohmann::json::array();
    for (const auto& e : r.ends) {
      doc["ends"].push_back(
          {{"code", e.code}, {"kind", e.kind}, {"district", e.districtName}, {"arriving", e.arriving}});
    }
    doc["defects"] = r.defects;
    doc["open_orders"] = nlohmann::json::array();
    for (const auto& o : r.openOrders)
      doc["open_orders"].push_back({{"number", o.number}, {"state", o.state}, {"kind", o.kind}});
    doc["summary"] = {{"misconnections", r.misconnections.size()},
                      {"open_misconnections", r.openMisconnections()},
                      {"open_flow_m3d", r.openFlowM3d()},
                      {"highest_open_grade", r.highestOpenGrade()},
                      {"pipes", r.pipes.size()},
                      {"length_m", r.lengthM()},
                      {"combined_pipes", r.combinedPipes()},
                      {"combined_length_m", r.combinedLengthM()},
                      {"mixed_manholes", r.mixedManholes.size()},
                      {"defects", r.defects.size()},
                      {"open_orders", r.openOrders.size()}};
    printJson(doc);
    return Ok;
  }
  printLine(Cli::tr("Area %1 (id %2): %3, %4")
                .arg(i18n::qs(community.name))
                .arg(community.id)
                .arg(areaKindName(community.kind),
                     community.districtName.empty() ? Cli::tr("no district") : i18n::qs(community.districtName)));
  printLine(Cli::tr("  address %1, built %2, %3 households, %4 m²")
                .arg(i18n::qs(community.address.value_or("-")),
                     community.buildYear ? QString::number(*community.buildYear) : QStringLiteral("-"),
                     community.households ? QString::number(*community.households) : QStringLiteral("-"))
                .arg(community.areaM2, 0, 'f', 0));
  printLine(Cli::tr("  pipes: %1 (%2 m), combined: %3 (%4 m); mixed-flow manholes: %5")
                .arg(r.pipes.size())
                .arg(r.lengthM(), 0, 'f', 1)
                .arg(r.combinedPipes())
                .arg(r.combinedLengthM(), 0, 'f', 1)
                .arg(r.mixedManholes.size()));
  printLine(Cli::tr("  misconnection points: %1, open %2 (dry-weather flow %3 m³/d, highest degree %4); defects: %5")
                .arg(r.misconnections.size())
                .arg(r.openMisconnections())
                .arg(r.openFlowM3d(), 0, 'f', 1)
                .arg(r.highestOpenGrade())
                .arg(r.defects.size()));
  if (!r.misconnections.empty()) {
    Table table({Cli::tr("id"), Cli::tr("type"), Cli::tr("status"), Cli::tr("degree"), Cli::tr("flow m³/d"),
                 Cli::tr("closed")});
    for (const auto& m : r.misconnections) {
      const auto* type = MisconnectionCatalogue::find(catalogues.misconnections.types(), m.kind);
      const auto* status = MisconnectionCatalogue::find(catalogues.misconnections.statuses(), m.status);
      const auto* level = catalogues.misconnections.level(m.grade);
      table.addRow({QString::number(m.id), i18n::qs(type ? type->name : m.kind),
                    i18n::qs(status ? status->name : m.status), level ? i18n::qs(level->name) : QStringLiteral("-"),
                    m.flowM3d ? QString::number(*m.flowM3d, 'f', 1) : QStringLiteral("-"),
                    m.closed ? Cli::tr("yes") : Cli::tr("no")});
    }
    table.print({0, 4});
  }
  if (!r.mixedManholes.empty()) {
    QStringList codes;
    for (const auto& h : r.mixedManholes) codes << i18n::qs(h.code);
    printLine(Cli::tr("  mixed-flow manholes: %1").arg(codes.join(QStringLiteral(", "))));
  }
  printLine(Cli::tr("  the flow ends at:"));
  if (r.ends.empty()) printLine(QStringLiteral("    -"));
  for (const auto& e : r.ends) {
    QStringList systems;
    for (const auto& s : e.arriving) systems << drainageName(s);
    printLine(QStringLiteral("    %1  %2  %3  %4")
                  .arg(i18n::qs(e.code), systems.join(QStringLiteral("/")),
                       i18n::qs(e.kind.empty() ? std::string("-") : e.kind), i18n::qs(e.districtName)));
  }
  QStringList orders;
  for (const auto& o : r.openOrders)
    orders << QStringLiteral("%1 (%2)").arg(i18n::qs(o.number), orderStateName(o.state));
  printLine(
      Cli::tr("  open orders: %1").arg(orders.isEmpty() ? QStringLiteral("-") : orders.join(QStringLiteral(", "))));
  return Ok;
}

int rank(const ParsedArgs& a, Project& project, bool json) {
  const auto catalogues = loadProjectCatalogues(project);
  const auto costs = loadSeparationCosts(project);
  RankRequest request;
  if (auto d = a.value("--district")) request.districtId = districtIdOf(project, *d);
  if (auto top = optionInteger(a, "--top")) {
    if (*top <= 0) throw UsageError{PW_TR("option %1 takes a whole number above 0"), "--top"};
    request.top = static_cast<std::size_t>(*top);
  }
  const auto ranked = rankAreas(project, catalogues, costs, request);
  std::optional<SelectionTotals> totals;
  if (auto s = a.value("--select")) totals = selectionTotals(project, catalogues, recordNumbers(*s, "--select"));
  if (json) {
    nlohmann::json doc{{"formula",
                        {{"weight_misconnection", costs.weightMisconnection},
                         {"weight_flow", costs.weightFlow},
                         {"weight_grade", costs.weightGrade}}}};
    doc["areas"] = nlohmann::json::array();
    for (const auto& r : ranked) {
      doc["areas"].push_back({{"rank", r.rank},
                              {"id", r.community.id},
                              {"name", r.community.name},
                              {"district", r.community.districtName},
                              {"open_misconnections", r.openMisconnections},
                              {"flow_m3d", r.flowM3d},
                              {"highest_grade", r.highestGrade},
                              {"score", r.score},
                              {"combined_pipes", r.combinedPipes},
                              {"combined_length_m", r.combinedLengthM},
                              {"mixed_manholes", r.mixedManholes},
                              {"projects", r.projects}});
    }
    if (totals) {
      doc["selection"] = {{"areas", totals->areas},
                          {"combined_pipes", totals->combinedPipes},
                          {"combined_length_m", totals->combinedLengthM},
                          {"open_misconnections", totals->openMisconnections},
                          {"households", totals->households},
                          {"budget", budgetJson(totals->budget)}};
    }
    printJson(doc);
    return Ok;
  }
  printLine(Cli::tr("Candidate areas (score = %1 × open misconnection points + %2 × their dry-weather flow m³/d + %3 × "
                    "highest degree)")
                .arg(costs.weightMisconnection)
                .arg(costs.weightFlow)
                .arg(costs.weightGrade));
  Table table({Cli::tr("rank"), Cli::tr("id"), Cli::tr("area"), Cli::tr("district"), Cli::tr("open points"),
               Cli::tr("flow m³/d"), Cli::tr("degree"), Cli::tr("score"), Cli::tr("combined m"), Cli::tr("projects")});
  for (const auto& r : ranked) {
    QStringList projects;
    for (const auto& p : r.projects) projects << i18n::qs(p);
    table.addRow({QString::number(r.rank), QString::number(r.community.id), i18n::qs(r.community.name),
                  i18n::qs(r.community.districtName), QString::number(r.openMisconnections),
                  QString::number(r.flowM3d, 'f', 1), QString::number(r.highestGrade), QString::number(r.score, 'f', 1),
                  QString::number(r.combinedLengthM, 'f', 1),
                  projects.isEmpty() ? QStringLiteral("-") : projects.join(QStringLiteral(", "))});
  }
  if (table.empty()) {
    printLine(Cli::tr("No areas. Import them with area import, or draw them with area add."));
  } else {
    table.print({0, 1, 4, 5, 6, 7, 8});
  }
  if (totals) {
    printLine(QString());
    printLine(Cli::tr("Selection of %1 area(s): %2 combined pipes, %3 m; %4 open misconnection points; %5 households")
                  .arg(totals->areas.size())
                  .arg(totals->combinedPipes)
                  .arg(totals->combinedLengthM, 0, 'f', 1)
                  .arg(totals->openMisconnections)
                  .arg(totals->households));
    printBudget(totals->budget);
  }
  return Ok;
}

int costs(const ParsedArgs& a, Project& project, bool json) {
  const std::string action = a.positional.size() > 2 ? a.positional[2] : std::string();
  if (action == "set") {
    const std::string file = a.positional.size() > 4 ? a.positional[4] : std::string();
    if (file.empty()) throw UsageError{PW_TR("missing argument %1"), "FILE.json"};
    setSeparationCosts(project, readFile(file), file, actingUser(a, project));
    if (json) {
      printJson({{"set", true}, {"source", file}});
    } else {
      printLine(Cli::tr("The project now uses the separation costs of %1").arg(i18n::qs(file)));
    }
    return Ok;
  }
  if (action != "show") throw UsageError{PW_TR("plan costs takes show or set, not '%1'"), action};
  const auto [text, source] = separationCostsText(project);
  SeparationCosts::parse(text, source);
  if (json) {
    printJson({{"source", source}, {"costs", nlohmann::json::parse(text)}});
  } else {
    printLine(Cli::tr("Separation costs from %1:").arg(i18n::qs(source)));
    printLine(i18n::qs(text));
  }
  return Ok;
}

}  // namespace

int Cli::cmdArea(const ParsedArgs& a) {
  static const std::set<std::string> kActions{"import", "add", "list", "show"};
  const std::string action = a.positional.size() > 1 ? a.positional[1] : std::string();
  if (!kActions.count(action)) throw UsageError{PW_TR("area takes import, add, list or show, not '%1'"), action};
  auto project = Project::open(positional(a, 1, "PROJECT"));
  if (action == "import") return importAreas(a, *project, positional(a, 2, "SOURCE"), m_json);
  if (action == "add") return addArea(a, *project, m_json);
  if (action == "list") return listAreas(a, *project, m_json);
  return showArea(*project, positional(a, 2, "AREA"), m_json);
}

int Cli::cmdPlan(const ParsedArgs& a) {
  const std::string action = a.positional.size() > 1 ? a.positional[1] : std::string();
  if (action == "rank") return rank(a, *Project::open(positional(a, 1, "PROJECT")), m_json);
  if (action == "costs") return costs(a, *Project::open(positional(a, 2, "PROJECT")), m_json);
  throw UsageError{PW_TR("plan takes rank or costs, not '%1'"), action};
}

}  // namespace pw::cli
