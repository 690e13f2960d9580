#include <map>

#include "access/users.h"
#include "cli.h"
#include "cli_support.h"
#include "core/error.h"
#include "core/feedback.h"
#include "crs/crs.h"
#include "i18n.h"
#include "importer/import.h"
#include "output.h"
#include "store/project.h"

namespace pw::cli {
namespace {

constexpr std::size_t kIssuesShownPerCheck = 20;

nlohmann::json issueJson(const Issue& is) {
  nlohmann::json j{{"layer", roleKey(is.layer)},
                   {"check", is.check},
                   {"severity", severityKey(is.severity)},
                   {"scope", is.network ? "network" : "source"},
                   {"message", i18n::text(is.messageTemplate, is.args).toStdString()}};
  if (is.featureNo > 0) j["feature"] = is.featureNo;
  if (!is.recordCode.empty()) j["id"] = is.recordCode;
  if (!is.field.empty()) j["field"] = is.field;
  if (!is.value.empty()) j["value"] = is.value;
  if (is.where) j["location"] = {is.where->x, is.where->y};
  return j;
}

}  // namespace

int Cli::cmdImport(const ParsedArgs& a) {
  const std::string path = positional(a, 0, "PROJECT");
  std::vector<std::string> sources(a.positional.begin() + 2, a.positional.end());
  if (sources.empty()) positional(a, 1, "SOURCE");
  ImportOptions options;
  if (auto role = a.value("--as")) {
    options.role = roleFromKey(*role);
    if (!options.role) throw UsageError{PW_TR("--as takes pipes, manholes or districts, not %1"), *role};
  }
  options.profile = a.value("--profile").value_or("");
  options.encoding = a.value("--encoding").value_or("");
  if (auto epsg = a.value("--assume-crs")) options.assumeEpsg = crs::parseEpsg(*epsg);
  if (auto tolerance = optionNumber(a, "--tolerance")) options.endTolerance = *tolerance;
  auto project = Project::open(path);
  // The import run is attributed like every other change, to a user of the project.
  options.user = UserStore(*project).require(actingUser(a, *project)).name;
  auto plans = planImports(sources, options, project->crsEpsg());
  Progress progress;
  Feedback feedback([&](const std::string& stage, std::int64_t done, std::int64_t total) {
    progress.update(i18n::qs(stage), done, total);
  });
  FeedbackScope scope(feedback);
  const ImportReport report = runImport(*project, plans, feedback);
  progress.finish();

  std::map<std::string, int> perCheck;
  std::int64_t errors = 0;
  std::int64_t warnings = 0;
  for (const auto& is : report.issues) {
    ++perCheck[is.check];
    (is.severity == Severity::Error ? errors : warnings)++;
  }

  if (m_json) {
    nlohmann::json doc;
    doc["project"] = path;
    doc["crs"] = {{"epsg", report.projectEpsg}, {"adopted", report.crsAdopted}};
    if (report.crsAdopted) doc["crs"]["reason"] = i18n::text(report.projectCrsReason).toStdString();
    doc["batch"] = report.batchId;
    for (const auto& run : report.runs) {
      doc["runs"].push_back({{"run", run.runId},
                             {"source", run.path},
                             {"layer", roleKey(run.role)},
                             {"profile", run.profile},
                             {"profile_reason", i18n::text(run.profileReason).toStdString()},
                             {"encoding", run.encoding},
                             {"encoding_reason", i18n::joined({run.encodingOrigin, run.encodingVerdict}).toStdString()},
                             {"crs", run.crs},
                             {"crs_reason", i18n::text(run.crsReason).toStdString()},
                             {"features_read", run.featuresRead},
                             {"inserted", run.inserted},
                             {"updated", run.updated},
                             {"skipped", run.skipped},
                             {"notes", i18n::joined(run.notes).toStdString()}});
    }
    doc["issues"] = nlohmann::json::array();
    for (const auto& is : report.issues) doc["issues"].push_back(issueJson(is));
    doc["counts"] = {{"errors", errors}, {"warnings", warnings}, {"by_check", perCheck}};
    printJson(doc);
    return Ok;
  }

  if (report.crsAdopted) {
    printLine(tr("Project CRS set to EPSG:%1 (%2): %3")
                  .arg(report.projectEpsg)
                  .arg(i18n::qs(crs::fromEpsg(report.projectEpsg).name))
                  .arg(i18n::text(report.projectCrsReason)));
  }
  for (const auto& run : report.runs) {
    printLine(tr("Imported %1 as %2").arg(i18n::qs(run.path), roleName(roleKey(run.role))));
    printLine(tr("  profile:   %1 (%2)").arg(i18n::qs(run.profile), i18n::text(run.profileReason)));
    printLine(tr("  encoding:  %1 (%2)")
                  .arg(i18n::qs(run.encoding), i18n::joined({run.encodingOrigin, run.encodingVerdict})));
    printLine(tr("  CRS:       %1 (%2)").arg(i18n::qs(run.crs), i18n::text(run.crsReason)));
    for (const auto& note : run.notes) printLine(tr("  note:      %1").arg(i18n::text(note)));
    printLine(tr("  features:  %1 read, %2 new, %3 updated, %4 not imported")
                  .arg(run.featuresRead)
                  .arg(run.inserted)
                  .arg(run.updated)
                  .arg(run.skipped));
  }
  if (report.issues.empty()) {
    printLine(tr("No faults found."));
    return Ok;
  }
  printLine(tr("Faults found: %1 errors (features not imported), %2 warnings").arg(errors).arg(warnings));
  std::map<std::string, std::size_t> shown;
  Table table({tr("severity"), tr("layer"), tr("feature"), tr("id"), tr("check"), tr("message")});
  for (const auto& is : report.issues) {
    if (++shown[is.check] > kIssuesShownPerCheck) continue;
    table.addRow({severityName(severityKey(is.severity)), roleName(roleKey(is.layer)),
                  is.featureNo > 0 ? QString::number(is.featureNo) : QStringLiteral("-"), i18n::qs(is.recordCode),
                  i18n::qs(is.check), i18n::text(is.messageTemplate, is.args)});
  }
  table.print({2});
  for (const auto& [check, count] : perCheck) {
    if (count > static_cast<int>(kIssuesShownPerCheck)) {
      printLine(tr("  ... %1 more '%2' faults; 'pipeward-cli check %3' lists them all")
                    .arg(count - static_cast<int>(kIssuesShownPerCheck))
                    .arg(i18n::qs(check), i18n::qs(path)));
    }
  }
  return Ok;
}

}  // namespace pw::cli
