// inspection | defect | misconnection  add | list | edit | delete: the arguments checked, the project opened, and the
// command of the record kind run (cmd_inspections.cpp, cmd_defects.cpp, cmd_misconnections.cpp).
#include "cli.h"
#include "cli_support.h"
#include "cmd_findings_common.h"
#include "core/error.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "store/project.h"

namespace pw::cli {

int Cli::cmdFindings(const ParsedArgs& a) {
  const std::string& entity = a.positional[0];
  const std::string action = a.positional.size() > 1 ? a.positional[1] : std::string();
  if (action != "add" && action != "list" && action != "edit" && action != "delete") {
    throw UsageError{PW_TR("%1 takes add, list, edit or delete"), entity};
  }
  const std::string path = positional(a, 1, "PROJECT");
  auto project = Project::open(path);
  const auto catalogues = loadProjectCatalogues(*project);
  FindingsStore store(*project, catalogues.defects, catalogues.misconnections);
  const FindingsContext c{a, *project, catalogues, store, actingUser(a, *project), m_json};
  if (entity == "inspection") return inspectionCommand(c, action);
  if (entity == "defect") return defectCommand(c, action);
  return misconnectionCommand(c, action);
}

}  // namespace pw::cli
