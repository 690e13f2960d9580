#include "cli.h"
#include "i18n.h"
#include "output.h"
#include "store/backup.h"

namespace pw::cli {

int Cli::cmdBackup(const ParsedArgs& a) {
  const std::string project = positional(a, 0, "PROJECT");
  const std::string output = positional(a, 1, "OUT");
  const BackupResult r = backupProject(project, output, a.flag("--overwrite"));
  if (m_json) {
    printJson({{"project", project},
               {"output", r.output},
               {"bytes", r.bytes},
               {"pages", r.pages},
               {"schema_version", r.schemaVersion},
               {"integrity_check", r.integrity}});
    return Ok;
  }
  printLine(tr("Backed up %1 to %2 (%3 MB, schema version %4); integrity check of the copy: %5")
                .arg(i18n::qs(project), i18n::qs(r.output), QString::number(static_cast<double>(r.bytes) / 1e6, 'f', 1))
                .arg(r.schemaVersion)
                .arg(i18n::qs(r.integrity)));
  return Ok;
}

}  // namespace pw::cli
