// inspection add | list | edit | delete
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

void applyInspectionOptions(Project& project, const ParsedArgs& a, InspectionRecord& r) {
  if (auto pipe = opt(a, "--pipe")) r.pipeId = pipeIdOf(project, *pipe);
  if (auto v = opt(a, "--date")) r.date = *v;
  if (auto v = opt(a, "--method")) r.method = *v;
  if (auto v = opt(a, "--direction")) r.direction = *v;
  if (auto v = opt(a, "--team")) r.team = *v;
  if (auto v = optionNumber(a, "--length")) r.inspectedLength = *v;
  if (auto v = opt(a, "--notes")) r.notes = *v;
}

}  // namespace

int inspectionCommand(const FindingsContext& c, const std::string& action) {
  const ParsedArgs& a = c.a;
  Project* project = &c.project;
  FindingsStore& store = c.store;
  const std::string& user = c.user;
  if (action == "add") {
    InspectionRecord r;
    r.method = "cctv";
    r.direction = "with_flow";
    r.pipeId = pipeIdOf(*project, requiredOption(a, "--pipe"));
    r.date = requiredOption(a, "--date");
    applyInspectionOptions(*project, a, r);
    r.id = store.addInspection(r, user);
    return c.done(Cli::tr("Added inspection %1 of pipe %2").arg(r.id).arg(i18n::qs(pipeCodeOf(*project, r.pipeId))),
                  toJson(*store.inspection(r.id)));
  }
  if (action == "list") {
    std::vector<InspectionRecord> list;
    if (auto pipe = a.value("--pipe")) {
      list = store.inspectionsOfPipe(pipeIdOf(*project, *pipe));
    } else {
      for (const auto pipeId : store.inspectedPipes()) {
        for (auto& r : store.inspectionsOfPipe(pipeId)) list.push_back(std::move(r));
      }
    }
    if (c.json) {
      nlohmann::json doc = nlohmann::json::array();
      for (const auto& r : list) doc.push_back(toJson(r));
      printJson(doc);
      return Ok;
    }
    Table table({Cli::tr("id"), Cli::tr("pipe"), Cli::tr("date"), Cli::tr("method"), Cli::tr("direction"),
                 Cli::tr("team"), Cli::tr("defects")});
    for (const auto& r : list) {
      table.addRow({QString::number(r.id), i18n::qs(pipeCodeOf(*project, r.pipeId)), i18n::qs(r.date),
                    i18n::qs(r.method), i18n::qs(r.direction), i18n::qs(r.team.value_or("")),
                    QString::number(store.defectsOfInspection(r.id).size())});
    }
    table.print({0, 6});
    return Ok;
  }
  const std::int64_t id = recordId(a);
  auto current = store.inspection(id);
  if (!current) throw Error(ErrorKind::NotFound, PW_TR("There is no inspection %1"), {std::to_string(id)});
  current->version = versionSeen(a, current->version);
  if (action == "edit") {
    applyInspectionOptions(*project, a, *current);
    store.updateInspection(*current, user);
    return c.done(Cli::tr("Updated inspection %1").arg(id), toJson(*store.inspection(id)));
  }
  store.deleteInspection(id, current->version, user);
  return c.done(Cli::tr("Deleted inspection %1 and its defects").arg(id), {{"deleted", id}});
}

}  // namespace pw::cli
