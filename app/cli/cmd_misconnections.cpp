// misconnection add | list | edit | delete
#include "cli.h"
#include "cli_support.h"
#include "cmd_findings_common.h"
#include "core/error.h"
#include "core/numbers.h"
#include "i18n.h"
#include "inspect/findings.h"
#include "inspect/findings_json.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"
#include "output.h"
#include "store/districts.h"
#include "store/project.h"

namespace pw::cli {
namespace {

void applyMisconnectionOptions(Project& project, const ParsedArgs& a, MisconnectionRecord& r) {
  // A new manhole or pipe moves the point there (both at once the core refuses, naming the field).
  if (a.value("--manhole") || a.value("--pipe")) {
    r.manholeId.reset();
    r.pipeId.reset();
    r.location.reset();
  }
  if (auto v = opt(a, "--manhole")) r.manholeId = manholeIdOf(project, *v);
  if (auto v = opt(a, "--pipe")) r.pipeId = pipeIdOf(project, *v);
  if (auto v = opt(a, "--at")) {
    const auto comma = v->find(',');
    if (comma == std::string::npos) throw UsageError{PW_TR("--at takes X,Y in the project CRS, not %1"), *v};
    r.location = Point{requireDecimal(v->substr(0, comma), "--at X"), requireDecimal(v->substr(comma + 1), "--at Y")};
  }
  if (auto v = opt(a, "--type")) r.kind = *v;
  if (auto v = opt(a, "--source")) r.sourceKind = *v;
  if (auto v = optionNumber(a, "--inflow-diameter")) r.inflowDiameterMm = *v;
  if (auto v = optionNumber(a, "--flow")) r.flowM3d = *v;
  if (auto v = optionNumber(a, "--nh3n")) r.nh3nMgL = *v;
  if (auto v = optionNumber(a, "--cod")) r.codMgL = *v;
  if (auto v = opt(a, "--weather")) r.weather = *v;
  if (auto v = opt(a, "--sampled")) r.sampledOn = *v;
  if (auto v = opt(a, "--cause")) r.cause = *v;
  if (auto v = opt(a, "--status")) r.status = *v;
  if (auto v = opt(a, "--description")) r.description = *v;
}

}  // namespace

int misconnectionCommand(const FindingsContext& c, const std::string& action) {
  const ParsedArgs& a = c.a;
  Project* project = &c.project;
  FindingsStore& store = c.store;
  const std::string& user = c.user;
  const ProjectCatalogues& catalogues = c.catalogues;
  if (action == "add") {
    MisconnectionRecord r;
    r.kind = requiredOption(a, "--type");
    applyMisconnectionOptions(*project, a, r);
    project->inTransaction([&] {
      r.id = store.addMisconnection(r, user);
      attachPhotos(store, a, "misconnection", r.id, user);
    });
    const auto stored = *store.misconnection(r.id);
    const auto grade = gradeMisconnection(catalogues.misconnections,
                                          {stored.inflowDiameterMm, stored.flowM3d, stored.nh3nMgL, stored.codMgL});
    auto j = toJson(stored);
    j["grade"] = grade.level;
    const auto* level = catalogues.misconnections.level(grade.level);
    return c.done(
        Cli::tr("Added misconnection %1 (%2)").arg(r.id).arg(level ? i18n::qs(level->name) : Cli::tr("not graded")), j);
  }
  if (action == "list") {
    std::optional<std::int64_t> district;
    if (auto name = a.value("--district")) district = requireDistrict(*project, *name).id;
    nlohmann::json doc = nlohmann::json::array();
    Table table({Cli::tr("id"), Cli::tr("type"), Cli::tr("at"), Cli::tr("grade"), Cli::tr("decided by"),
                 Cli::tr("status"), Cli::tr("source")});
    for (const auto& m : store.misconnections(district)) {
      const auto grade =
          gradeMisconnection(catalogues.misconnections, {m.inflowDiameterMm, m.flowM3d, m.nh3nMgL, m.codMgL});
      auto j = toJson(m);
      j["grade"] = grade.level;
      j["grade_decided_by"] = grade.decidedBy;
      doc.push_back(j);
      const auto* type = MisconnectionCatalogue::find(catalogues.misconnections.types(), m.kind);
      const auto* level = catalogues.misconnections.level(grade.level);
      const auto* status = MisconnectionCatalogue::find(catalogues.misconnections.statuses(), m.status);
      QString at = m.manholeId ? i18n::qs(manholeCodeOf(*project, *m.manholeId))
                   : m.pipeId  ? i18n::qs(pipeCodeOf(*project, *m.pipeId))
                               : QStringLiteral("%1, %2").arg(m.location->x, 0, 'f', 1).arg(m.location->y, 0, 'f', 1);
      table.addRow({QString::number(m.id), type ? i18n::qs(type->name) : i18n::qs(m.kind), at,
                    level ? i18n::qs(level->name) : QStringLiteral("-"), i18n::qs(grade.decidedBy),
                    status ? i18n::qs(status->name) : i18n::qs(m.status), i18n::qs(m.sourceKind.value_or(""))});
    }
    if (c.json) {
      printJson(doc);
    } else {
      table.print({0});
    }
    return Ok;
  }
  const std::int64_t id = recordId(a);
  auto current = store.misconnection(id);
  if (!current) throw Error(ErrorKind::NotFound, PW_TR("There is no misconnection %1"), {std::to_string(id)});
  current->version = versionSeen(a, current->version);
  if (action == "edit") {
    applyMisconnectionOptions(*project, a, *current);
    project->inTransaction([&] {
      store.updateMisconnection(*current, user);
      attachPhotos(store, a, "misconnection", id, user);
    });
    return c.done(Cli::tr("Updated misconnection %1").arg(id), toJson(*store.misconnection(id)));
  }
  store.deleteMisconnection(id, current->version, user);
  return c.done(Cli::tr("Deleted misconnection %1").arg(id), {{"deleted", id}});
}

}  // namespace pw::cli
