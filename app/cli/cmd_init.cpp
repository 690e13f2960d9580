#include <optional>

#include "cli.h"
#include "crs/crs.h"
#include "i18n.h"
#include "output.h"
#include "store/project.h"

namespace pw::cli {

int Cli::cmdInit(const ParsedArgs& a) {
  const std::string path = positional(a, 0, "PROJECT");
  std::optional<int> epsg;
  if (auto text = a.value("--crs")) epsg = crs::parseEpsg(*text);
  const std::string administrator = a.value("--user").value_or("admin");
  auto project = Project::create(path, epsg, administrator);
  if (m_json) {
    nlohmann::json doc{{"project", path}, {"schema_version", Project::currentSchemaVersion()}};
    doc["crs_epsg"] = epsg ? nlohmann::json(*epsg) : nlohmann::json(nullptr);
    printJson(doc);
  } else if (epsg) {
    printLine(tr("Created project %1 in EPSG:%2 (%3).")
                  .arg(i18n::qs(path))
                  .arg(*epsg)
                  .arg(i18n::qs(crs::fromEpsg(*epsg).name)));
  } else {
    printLine(tr("Created project %1; its CRS will be taken from the first import.").arg(i18n::qs(path)));
  }
  return Ok;
}

}  // namespace pw::cli
