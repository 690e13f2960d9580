#include "cli.h"
#include "cli_support.h"
#include "core/error.h"
#include "i18n.h"
#include "importer/stored_issues.h"
#include "io/profile.h"
#include "output.h"
#include "store/project.h"

namespace pw::cli {

int Cli::cmdCheck(const ParsedArgs& a) {
  const std::string path = positional(a, 0, "PROJECT");
  auto project = Project::open(path);
  std::vector<StoredIssue> issues;
  if (auto run = a.value("--run")) {
    const std::int64_t runId = recordNumber(*run, "--run");
    requireImportRun(*project, runId);
    issues = issuesOfRun(*project, runId);
  } else {
    issues = currentIssues(*project);
  }
  std::int64_t errors = 0;
  for (const auto& is : issues) errors += is.severity == "error";
  if (m_json) {
    nlohmann::json doc{
        {"project", path}, {"errors", errors}, {"warnings", static_cast<std::int64_t>(issues.size()) - errors}};
    doc["issues"] = nlohmann::json::array();
    for (const auto& is : issues) {
      nlohmann::json j{{"run", is.runId},
                       {"source", is.source},
                       {"layer", is.layer},
                       {"check", is.check},
                       {"severity", is.severity},
                       {"scope", is.scope},
                       {"message", i18n::text(is.messageTemplate.c_str(), is.args).toStdString()}};
      if (is.featureNo > 0) j["feature"] = is.featureNo;
      if (!is.recordCode.empty()) j["id"] = is.recordCode;
      if (!is.field.empty()) j["field"] = is.field;
      if (!is.value.empty()) j["value"] = is.value;
      if (is.x && is.y) j["location"] = {*is.x, *is.y};
      doc["issues"].push_back(std::move(j));
    }
    printJson(doc);
    return Ok;
  }
  if (issues.empty()) {
    printLine(tr("No faults recorded."));
    return Ok;
  }
  printLine(tr("%1 faults: %2 errors (features not imported), %3 warnings")
                .arg(issues.size())
                .arg(errors)
                .arg(static_cast<std::int64_t>(issues.size()) - errors));
  Table table({tr("severity"), tr("layer"), tr("feature"), tr("id"), tr("check"), tr("message")});
  for (const auto& is : issues) {
    table.addRow({severityName(is.severity), roleName(is.layer),
                  is.featureNo > 0 ? QString::number(is.featureNo) : QStringLiteral("-"), i18n::qs(is.recordCode),
                  i18n::qs(is.check), i18n::text(is.messageTemplate.c_str(), is.args)});
  }
  table.print({2});
  return Ok;
}

int Cli::cmdProfiles(const ParsedArgs&) {
  const auto profiles = loadAllProfiles();
  if (m_json) {
    nlohmann::json doc = nlohmann::json::array();
    for (const auto& p : profiles) {
      nlohmann::json layers = nlohmann::json::object();
      for (const auto& [role, m] : p.layers) layers[roleKey(role)] = m.fields;
      doc.push_back({{"name", p.name}, {"title", p.title}, {"file", p.file}, {"layers", layers}});
    }
    printJson(doc);
    return Ok;
  }
  Table table({tr("profile"), tr("layers"), tr("file")});
  for (const auto& p : profiles) {
    QStringList roles;
    for (const auto& [role, m] : p.layers) roles << roleName(roleKey(role));
    table.addRow({i18n::qs(p.name), roles.join(QLatin1Char(',')), i18n::qs(p.file)});
  }
  table.print();
  return Ok;
}

}  // namespace pw::cli
