// defect add | list | edit | delete
#include "cli.h"
#include "cli_support.h"
#include "cmd_findings_common.h"
#include "core/error.h"
#include "core/numbers.h"
#include "i18n.h"
#include "inspect/csv_import.h"
#include "inspect/findings.h"
#include "inspect/findings_json.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"
#include "output.h"
#include "store/districts.h"
#include "store/project.h"

namespace pw::cli {
namespace {

void applyDefectOptions(const ParsedArgs& a, DefectRecord& r) {
  if (auto v = optionInteger(a, "--inspection")) r.inspectionId = *v;
  if (auto v = opt(a, "--code")) r.code = *v;
  if (auto v = optionInt(a, "--grade")) r.grade = *v;
  if (auto v = optionNumber(a, "--distance")) r.distance = *v;
  if (auto v = optionNumber(a, "--length")) r.length = *v;
  if (auto v = opt(a, "--clock")) {
    const ClockRange c = requireClock(*v, "--clock");
    r.clockFrom = c.from;
    r.clockTo = c.to;
  }
  if (auto v = opt(a, "--description")) r.description = *v;
}

}  // namespace

int defectCommand(const FindingsContext& c, const std::string& action) {
  const ParsedArgs& a = c.a;
  Project* project = &c.project;
  FindingsStore& store = c.store;
  const std::string& user = c.user;
  const ProjectCatalogues& catalogues = c.catalogues;
  if (action == "add") {
    DefectRecord r;
    r.inspectionId = optionInteger(a, "--inspection").value_or(0);
    if (!r.inspectionId) throw UsageError{PW_TR("option %1 is required here"), "--inspection"};
    requiredOption(a, "--code");
    requiredOption(a, "--grade");
    requiredOption(a, "--distance");
    applyDefectOptions(a, r);
    project->inTransaction([&] {  // the defect and its photos together
      r.id = store.addDefect(r, user);
      attachPhotos(store, a, "defect", r.id, user);
    });
    const auto* type = catalogues.defects.type(r.code);
    return c.done(Cli::tr("Added defect %1: %2 %3 grade %4 at %5 m")
                      .arg(r.id)
                      .arg(i18n::qs(r.code), i18n::qs(type ? type->name : std::string()))
                      .arg(r.grade)
                      .arg(r.distance),
                  toJson(*store.defect(r.id)));
  }
  if (action == "list") {
    std::vector<InspectionRecord> inspections;
    if (auto i = optionInteger(a, "--inspection")) {
      if (auto r = store.inspection(*i)) inspections.push_back(*r);
    } else {
      inspections = store.inspectionsOfPipe(pipeIdOf(*project, requiredOption(a, "--pipe")));
    }
    nlohmann::json doc = nlohmann::json::array();
    Table table({Cli::tr("id"), Cli::tr("inspection"), Cli::tr("code"), Cli::tr("name"), Cli::tr("grade"),
                 Cli::tr("score"), Cli::tr("distance m"), Cli::tr("length m"), Cli::tr("clock"), Cli::tr("photos")});
    for (const auto& inspection : inspections) {
      for (const auto& d : store.defectsOfInspection(inspection.id)) {
        const auto* type = catalogues.defects.type(d.code);
        const auto* grade = type ? type->grade(d.grade) : nullptr;
        auto j = toJson(d);
        j["photos"] = store.photosOf("defect", d.id);
        doc.push_back(j);
        table.addRow({QString::number(d.id), QString::number(d.inspectionId), i18n::qs(d.code),
                      i18n::qs(type ? type->name : std::string()), QString::number(d.grade),
                      number(grade ? grade->score : std::nullopt, 1), number(d.distance), number(d.length),
                      d.clockFrom ? QStringLiteral("%1-%2").arg(*d.clockFrom).arg(d.clockTo.value_or(*d.clockFrom))
                                  : QStringLiteral("-"),
                      QString::number(store.photosOf("defect", d.id).size())});
      }
    }
    if (c.json) {
      printJson(doc);
    } else {
      table.print({0, 1, 4, 5, 6, 7, 9});
    }
    return Ok;
  }
  const std::int64_t id = recordId(a);
  auto current = store.defect(id);
  if (!current) throw Error(ErrorKind::NotFound, PW_TR("There is no defect %1"), {std::to_string(id)});
  current->version = versionSeen(a, current->version);
  if (action == "edit") {
    applyDefectOptions(a, *current);
    project->inTransaction([&] {
      store.updateDefect(*current, user);
      attachPhotos(store, a, "defect", id, user);
    });
    return c.done(Cli::tr("Updated defect %1").arg(id), toJson(*store.defect(id)));
  }
  store.deleteDefect(id, current->version, user);
  return c.done(Cli::tr("Deleted defect %1").arg(id), {{"deleted", id}});
}

}  // namespace pw::cli
