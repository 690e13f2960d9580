// order-rules show | set: the conventions that fill in new orders (priority, deadline, kind, closure check).
#include "access/users.h"
#include "cli.h"
#include "cli_support.h"
#include "cmd_orders_common.h"
#include "core/error.h"
#include "core/paths.h"
#include "i18n.h"
#include "orders/order_rules.h"
#include "output.h"
#include "store/project.h"

namespace pw::cli {
namespace {

QString joinedMap(const std::map<std::string, std::string>& values, QString (*name)(const std::string&)) {
  QStringList parts;
  for (const auto& [key, value] : values) parts << QStringLiteral("%1 %2").arg(i18n::qs(key), name(value));
  return parts.join(QStringLiteral(", "));
}

void printRules(const OrderRules& r) {
  QStringList days;
  for (const char* p : {"urgent", "high", "normal", "low"}) {
    days << QStringLiteral("%1 %2").arg(priorityName(p)).arg(r.daysFor(p));
  }
  QStringList statuses;
  for (const auto& s : r.resolvedMisconnectionStatuses) statuses << i18n::qs(s);
  const std::vector<std::pair<QString, QString>> lines{
      {Cli::tr("deadline days by priority"), days.join(QStringLiteral(", "))},
      {Cli::tr("priority by RI/MI grade"), joinedMap(r.priorityByIndexGrade, priorityName)},
      {Cli::tr("priority by defect grade"), joinedMap(r.priorityByDefectGrade, priorityName)},
      {Cli::tr("priority by misconnection degree"), joinedMap(r.priorityByMisconnectionLevel, priorityName)},
      {Cli::tr("order kind by finding"), joinedMap(r.kindByFinding, orderKindName)},
      {Cli::tr("to-do: due soon within"), Cli::tr("%1 day(s)").arg(r.todoDueWithinDays)},
      {Cli::tr("a defect is still there within"),
       QStringLiteral("%1 m").arg(i18n::qs(formatNumber(r.defectResolvedWithinM)))},
      {Cli::tr("resolved misconnection statuses"), statuses.join(QStringLiteral(", "))},
  };
  int width = 0;
  for (const auto& l : lines) width = std::max(width, displayWidth(l.first));
  for (const auto& [label, value] : lines) {
    printLine(QStringLiteral("  %1:%2 %3").arg(label, QString(width - displayWidth(label), QLatin1Char(' ')), value));
  }
}

}  // namespace

int Cli::cmdOrderRules(const ParsedArgs& a) {
  const std::string action = a.positional.size() > 1 ? a.positional[1] : std::string();
  if (action != "show" && action != "set") throw UsageError{PW_TR("order-rules takes show or set, not '%1'"), action};
  const std::string path = positional(a, 1, "PROJECT");
  auto project = Project::open(path);
  const User user = UserStore(*project).require(actingUser(a, *project));
  std::string file;
  if (action == "set") {
    file = positional(a, 2, "FILE.json");
    if (user.role != UserRole::CityAdmin) {
      throw Error(ErrorKind::Permission,
                  PW_TR("%1 (%2) may not change the order rules; a city administrator does that"),
                  {user.name, userRoleKey(user.role)}, {.record = user.name});
    }
    try {
      setOrderRules(*project, readFile(file), file);
    } catch (const nlohmann::json::exception& e) {
      // A value of the wrong type that the rules parser reads without checking: the user's file, not a bug here.
      throwBadInput(PW_TR("%1: a value has the wrong type (%2)"), {file, e.what()}, {.file = file});
    }
  }
  const auto own = project->meta("order_rules");
  const std::string defaults = schemasDir() + "/catalogues/order-rules.json";
  const OrderRules rules = loadOrderRules(*project);
  if (m_json) {
    nlohmann::json doc{{"source", own ? "project" : "default"},
                       {"rules", nlohmann::json::parse(own ? *own : readFile(defaults))}};
    if (!own) doc["file"] = defaults;
    if (!file.empty()) doc["set_from"] = file;
    printJson(doc);
    return Ok;
  }
  if (!file.empty())
    printLine(Cli::tr("The order rules of %1 are now those of %2.").arg(i18n::qs(path), i18n::qs(file)));
  printLine(own ? Cli::tr("Order rules in force: the project's own")
                : Cli::tr("Order rules in force: the defaults (%1)").arg(i18n::qs(defaults)));
  printRules(rules);
  return Ok;
}

}  // namespace pw::cli
