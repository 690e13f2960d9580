#include "cli.h"
#include "core/error.h"
#include "i18n.h"
#include "output.h"
#include "report/project_info.h"
#include "store/project.h"

namespace pw::cli {
namespace {

QString km(double metres) { return QString::number(metres / 1000.0, 'f', 3); }

QString districtLabel(const std::string& code, const std::string& name) {
  if (code.empty() && name.empty()) return Cli::tr("(outside every district)");
  return i18n::qs(name);
}

/// Why the project can only be read here, as the JSON output names it ("" when it can be written).
std::string readOnlyKey(const Project& project) {
  switch (project.readOnlyReason()) {
    case sql::ReadOnlyReason::None: return {};
    case sql::ReadOnlyReason::FileNotWritable: return "file";
    case sql::ReadOnlyReason::FolderNotWritable: return "folder";
    case sql::ReadOnlyReason::Requested: break;
  }
  return "requested";
}

QString readOnlyLine(const Project& project) {
  switch (project.readOnlyReason()) {
    case sql::ReadOnlyReason::None: return {};
    case sql::ReadOnlyReason::FileNotWritable:
      return Cli::tr("Read-only: the file is not writable; commands that change the project are refused");
    case sql::ReadOnlyReason::FolderNotWritable:
      return Cli::tr("Read-only: its folder is not writable; commands that change the project are refused");
    case sql::ReadOnlyReason::Requested: break;
  }
  return Cli::tr("Read-only: commands that change the project are refused");
}

}  // namespace

int Cli::cmdInfo(const ParsedArgs& a) {
  const std::string path = positional(a, 0, "PROJECT");
  auto project = Project::open(path);
  const ProjectInfo info = projectInfo(*project);
  if (m_json) {
    nlohmann::json doc{{"project", info.path},        {"crs_epsg", info.crsEpsg},
                       {"crs_name", info.crsName},    {"schema_version", info.schemaVersion},
                       {"districts", info.districts}, {"pipes", info.pipes},
                       {"manholes", info.manholes},   {"pipe_length_m", info.pipeLengthM}};
    doc["read_only"] = project->isReadOnly();
    if (project->isReadOnly()) doc["read_only_reason"] = readOnlyKey(*project);
    doc["by_district"] = nlohmann::json::array();
    for (const auto& d : info.byDistrict) {
      doc["by_district"].push_back(
          {{"code", d.districtCode.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.districtCode)},
           {"name", d.districtName},
           {"pipes", d.pipes},
           {"manholes", d.manholes},
           {"length_m", d.lengthM}});
    }
    doc["by_district_and_type"] = nlohmann::json::array();
    for (const auto& t : info.byDistrictAndType) {
      doc["by_district_and_type"].push_back(
          {{"code", t.districtCode.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.districtCode)},
           {"name", t.districtName},
           {"drainage", t.drainage.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.drainage)},
           {"pipes", t.pipes},
           {"length_m", t.lengthM}});
    }
    doc["imports"] = nlohmann::json::array();
    for (const auto& r : info.runs) {
      doc["imports"].push_back({{"run", r.id},
                                {"batch", r.batchId},
                                {"started_at", r.startedAt},
                                {"user", r.user},
                                {"source", r.source},
                                {"layer", r.layer},
                                {"profile", r.profile},
                                {"encoding", r.encoding},
                                {"crs", r.crs},
                                {"features_read", r.featuresRead},
                                {"inserted", r.inserted},
                                {"updated", r.updated},
                                {"skipped", r.skipped},
                                {"errors", r.errors},
                                {"warnings", r.warnings}});
    }
    printJson(doc);
    return Ok;
  }
  printLine(tr("Project %1").arg(i18n::qs(info.path)));
  if (project->isReadOnly()) printLine(readOnlyLine(*project));
  printLine(info.crsEpsg ? tr("CRS: EPSG:%1 %2").arg(info.crsEpsg).arg(i18n::qs(info.crsName))
                         : tr("CRS: not set yet (the first import sets it)"));
  printLine(tr("%1 districts, %2 pipes (%3 km), %4 manholes")
                .arg(info.districts)
                .arg(info.pipes)
                .arg(km(info.pipeLengthM))
                .arg(info.manholes));
  if (!info.byDistrict.empty()) {
    printLine(QString());
    Table table({tr("district"), tr("pipes"), tr("length km"), tr("manholes")});
    for (const auto& d : info.byDistrict) {
      table.addRow({districtLabel(d.districtCode, d.districtName), QString::number(d.pipes), km(d.lengthM),
                    QString::number(d.manholes)});
    }
    table.print({1, 2, 3});
  }
  if (!info.byDistrictAndType.empty()) {
    printLine(QString());
    Table table({tr("district"), tr("drainage"), tr("pipes"), tr("length km")});
    for (const auto& t : info.byDistrictAndType) {
      table.addRow({districtLabel(t.districtCode, t.districtName), drainageName(t.drainage), QString::number(t.pipes),
                    km(t.lengthM)});
    }
    table.print({2, 3});
  }
  if (!info.runs.empty()) {
    printLine(QString());
    printLine(tr("Import history:"));
    Table table({tr("run"), tr("time"), tr("user"), tr("layer"), tr("read"), tr("new"), tr("updated"),
                 tr("not imported"), tr("warnings"), tr("source")});
    for (const auto& r : info.runs) {
      table.addRow({QString::number(r.id), i18n::qs(r.startedAt), i18n::qs(r.user), roleName(r.layer),
                    QString::number(r.featuresRead), QString::number(r.inserted), QString::number(r.updated),
                    QString::number(r.skipped), QString::number(r.warnings), i18n::qs(r.source)});
    }
    table.print({0, 4, 5, 6, 7, 8});
  }
  return Ok;
}

}  // namespace pw::cli
