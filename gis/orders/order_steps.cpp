// The steps a user may take on an order now: the transition's own checks asked without taking the step, so the
// desktop's buttons and the CLI's list never disagree with what the transition accepts.
#include <algorithm>

#include "orders/orders.h"

namespace pw {

std::optional<Error> stepPrecondition(const OrderRecord& o, OrderAction action) {
  if (action != OrderAction::Issue) return std::nullopt;
  if (o.assignee.empty()) {
    return Error(ErrorKind::BadInput, PW_TR("Order %1 needs an assignee (a team or contractor) before it is issued"),
                 {o.number}, {.record = o.number, .field = "assignee"});
  }
  if (!o.deadline) {
    return Error(ErrorKind::BadInput, PW_TR("Order %1 needs a deadline before it is issued"), {o.number},
                 {.record = o.number, .field = "deadline"});
  }
  return std::nullopt;
}

std::vector<OrderStep> orderSteps(const User& user, const OrderRecord& o) {
  std::vector<OrderStep> steps;
  for (const auto action : allOrderActions()) {
    const auto& from = transitionRule(action).from;
    OrderStep step{action, std::find(from.begin(), from.end(), o.state) != from.end(), {}};
    step.refusal = checkTransition(user, action, o.state, o.districtId, o.assignee, o.number).refusal;
    if (!step.refusal) step.refusal = stepPrecondition(o, action);
    steps.push_back(std::move(step));
  }
  return steps;
}

}  // namespace pw
