#pragma once
// Each user's own work first: what is theirs to do now. A field team sees the orders assigned to it (overdue,
// returned to it, waiting for it to accept, due soon, the rest); a district manager the district's orders waiting
// for acceptance (验收), drafts to issue, overdue and due-soon ones; a city administrator the same for every
// district; a planner the open separation orders.
#include <string>
#include <vector>

#include "orders/orders.h"

namespace pw {

struct TodoEntry {
  OrderRecord order;
  std::string reason;  ///< overdue | returned | to_accept | to_verify | to_issue | due_soon | assigned | follow
};

/// Most pressing first; `dueWithinDays` from the rules when negative.
std::vector<TodoEntry> todoFor(OrderStore& store, const User& user, int dueWithinDays = -1);

}  // namespace pw
