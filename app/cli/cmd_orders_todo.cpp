// todo: the acting user's own work first, with the reason in words.
#include "cli.h"
#include "cli_support.h"
#include "cmd_orders_common.h"
#include "i18n.h"
#include "inspect/project_catalogues.h"
#include "orders/todo.h"
#include "output.h"
#include "rules/project_time.h"
#include "store/project.h"

namespace pw::cli {
namespace {

/// The note of the latest return of the order (why it came back).
std::string lastReturnNote(OrderStore& store, std::int64_t orderId) {
  std::string note;
  for (const auto& e : store.events(orderId)) {
    if (e.action == "return") note = e.note;
  }
  return note;
}

QString reasonText(OrderStore& store, const TodoEntry& entry, const std::string& today) {
  const auto& o = entry.order;
  const std::string deadline = o.deadline.value_or("-");
  const std::string& r = entry.reason;
  if (r == "overdue")
    return Cli::tr("overdue by %1 day(s) (deadline %2)").arg(daysFrom(deadline, today)).arg(i18n::qs(deadline));
  if (r == "returned") return Cli::tr("returned for rework: %1").arg(i18n::qs(lastReturnNote(store, o.id)));
  if (r == "to_accept") return Cli::tr("issued to your team: accept it");
  if (r == "to_verify") return Cli::tr("work submitted: check it, then close or return the order");
  if (r == "to_issue") return Cli::tr("draft: give it an assignee and a deadline, then issue it");
  if (r == "due_soon") {
    const int days = daysFrom(today, deadline);
    return days == 0 ? Cli::tr("due today") : Cli::tr("due in %1 day(s) (%2)").arg(days).arg(i18n::qs(deadline));
  }
  if (r == "assigned") {
    return o.state == OrderState::Submitted ? Cli::tr("submitted: waiting for the district's acceptance")
                                            : Cli::tr("in your team's hands, deadline %1").arg(i18n::qs(deadline));
  }
  if (r == "follow") return Cli::tr("separation work to follow, deadline %1").arg(i18n::qs(deadline));
  return i18n::qs(r);
}

}  // namespace

int Cli::cmdTodo(const ParsedArgs& a) {
  const std::string path = positional(a, 0, "PROJECT");
  auto project = Project::open(path);
  const auto catalogues = loadProjectCatalogues(*project);
  OrderStore store(*project, catalogues);
  const User user = UserStore(*project).require(actingUser(a, *project));
  const std::string today = todayIso(*project);
  const auto entries = todoFor(store, user);
  const std::string role = userRoleKey(user.role);
  const std::string unit = user.role == UserRole::FieldTeam         ? user.team
                           : user.role == UserRole::DistrictManager ? user.districtName
                                                                    : std::string();
  if (m_json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : entries) {
      list.push_back({{"reason", e.reason},
                      {"reason_text", reasonText(store, e, today).toStdString()},
                      {"order", orderListJson(*project, e.order, today)}});
    }
    printJson({{"user", user.name},
               {"role", role},
               {"team", user.team},
               {"district", user.districtName},
               {"today", today},
               {"entries", list}});
    return Ok;
  }
  const QString who = unit.empty()
                          ? QStringLiteral("%1 (%2)").arg(i18n::qs(user.name), userRoleName(role))
                          : QStringLiteral("%1 (%2 %3)").arg(i18n::qs(user.name), userRoleName(role), i18n::qs(unit));
  if (entries.empty()) {
    printLine(Cli::tr("Nothing to do for %1 on %2.").arg(who, i18n::qs(today)));
    return Ok;
  }
  printLine(Cli::tr("To do for %1 on %2, most pressing first:").arg(who, i18n::qs(today)));
  Table table({Cli::tr("number"), Cli::tr("why"), Cli::tr("state"), Cli::tr("priority"), Cli::tr("deadline"),
               Cli::tr("district"), Cli::tr("items")});
  for (const auto& e : entries) {
    const auto row = orderTableRow(*project, catalogues, e.order, today);
    table.addRow({row[0], reasonText(store, e, today), row[3], row[4], row[6], row[1], row[8]});
  }
  table.print();
  return Ok;
}

}  // namespace pw::cli
