#include "importer/stored_issues.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "store/project.h"

namespace pw {
namespace {

constexpr const char* kSelect =
    "SELECT i.id, i.run_id, r.source, i.layer, i.feature_no, coalesce(i.record_code, ''), i.check_code, i.severity, "
    "i.scope, coalesce(i.field, ''), coalesce(i.value, ''), i.message, i.args, i.x, i.y "
    "FROM import_issues i JOIN import_runs r ON r.id = i.run_id ";

std::vector<StoredIssue> query(Project& project, const std::string& where, std::optional<std::int64_t> bindId) {
  std::vector<StoredIssue> out;
  auto st = project.db().prepare(std::string(kSelect) + where +
                                 " ORDER BY i.severity, i.layer, i.run_id, i.feature_no, i.id");
  if (bindId) st.bind(1, *bindId);
  while (st.step()) {
    StoredIssue s;
    s.id = st.int64(0);
    s.runId = st.int64(1);
    s.source = st.text(2);
    s.layer = st.text(3);
    s.featureNo = st.isNull(4) ? -1 : st.int64(4);
    s.recordCode = st.text(5);
    s.check = st.text(6);
    s.severity = st.text(7);
    s.scope = st.text(8);
    s.field = st.text(9);
    s.value = st.text(10);
    s.messageTemplate = st.text(11);
    try {
      for (const auto& a : nlohmann::json::parse(st.text(12))) s.args.push_back(a.get<std::string>());
    } catch (const nlohmann::json::exception&) {  // a damaged args column shows the bare template
    }
    s.x = st.optReal(13);
    s.y = st.optReal(14);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

std::string StoredIssue::message() const { return formatMessage(messageTemplate, args); }

std::vector<StoredIssue> currentIssues(Project& project) {
  return query(project,
               "WHERE (i.scope = 'source' AND i.run_id IN (SELECT max(id) FROM import_runs GROUP BY layer, source)) OR "
               "(i.scope = 'network' AND r.batch_id = (SELECT max(batch_id) FROM import_runs))",
               std::nullopt);
}

std::vector<StoredIssue> issuesOfRun(Project& project, std::int64_t runId) {
  return query(project, "WHERE i.run_id = ?", runId);
}

void requireImportRun(Project& project, std::int64_t runId) {
  auto st = project.db().prepare("SELECT 1 FROM import_runs WHERE id = ?");
  st.bind(1, runId);
  if (!st.step()) {
    throw Error(ErrorKind::NotFound, PW_TR("There is no import run %1 in %2"), {std::to_string(runId), project.path()});
  }
}

}  // namespace pw
