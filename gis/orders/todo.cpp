#include "orders/todo.h"

#include <algorithm>

#include "rules/project_time.h"

namespace pw {
namespace {

int urgency(const std::string& reason) {
  static const std::vector<std::string> order{"overdue",  "returned", "to_verify", "to_accept",
                                              "to_issue", "due_soon", "assigned",  "follow"};
  return static_cast<int>(std::find(order.begin(), order.end(), reason) - order.begin());
}

}  // namespace

std::vector<TodoEntry> todoFor(OrderStore& store, const User& user, int dueWithinDays) {
  const std::string today = todayIso(store.project());
  const std::string soon = addDays(today, dueWithinDays < 0 ? store.rules().todoDueWithinDays : dueWithinDays);
  OrderFilter filter;
  filter.openOnly = true;
  if (user.role == UserRole::FieldTeam) filter.assignee = user.team;
  if (user.role == UserRole::DistrictManager) filter.districtId = user.districtId.value_or(-1);
  if (user.role == UserRole::Planner) filter.kind = "separation";
  std::vector<TodoEntry> out;
  for (auto& o : store.list(filter)) {
    std::string reason;
    const bool dueSoon = o.deadline && *o.deadline <= soon;
    if (o.overdue(today)) {
      reason = "overdue";
    } else if (user.role == UserRole::Planner) {
      reason = "follow";
    } else if (user.role == UserRole::FieldTeam) {
      if (o.state == OrderState::Draft) continue;  // not issued yet: not theirs
      reason = o.state == OrderState::Returned               ? "returned"
               : o.state == OrderState::Issued               ? "to_accept"
               : dueSoon && o.state != OrderState::Submitted ? "due_soon"
                                                             : "assigned";
    } else {
      reason = o.state == OrderState::Submitted ? "to_verify"
               : o.state == OrderState::Draft   ? "to_issue"
               : dueSoon                        ? "due_soon"
                                                : "";
      if (reason.empty()) continue;  // in the team's hands and not pressing
    }
    out.push_back({std::move(o), reason});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TodoEntry& a, const TodoEntry& b) { return urgency(a.reason) < urgency(b.reason); });
  return out;
}

}  // namespace pw
