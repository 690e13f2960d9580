#include "orders/workflow.h"

#include <algorithm>
#include <array>

#include "core/error.h"

namespace pw {
namespace {

constexpr std::array<std::pair<OrderState, const char*>, 9> kStates{{{OrderState::Draft, "draft"},
                                                                     {OrderState::Issued, "issued"},
                                                                     {OrderState::Accepted, "accepted"},
                                                                     {OrderState::InProgress, "in_progress"},
                                                                     {OrderState::Submitted, "submitted"},
                                                                     {OrderState::Returned, "returned"},
                                                                     {OrderState::Suspended, "suspended"},
                                                                     {OrderState::Closed, "closed"},
                                                                     {OrderState::Cancelled, "cancelled"}}};

constexpr std::array<std::pair<OrderAction, const char*>, 9> kActions{{{OrderAction::Issue, "issue"},
                                                                       {OrderAction::Accept, "accept"},
                                                                       {OrderAction::Start, "start"},
                                                                       {OrderAction::Submit, "submit"},
                                                                       {OrderAction::Return, "return"},
                                                                       {OrderAction::Close, "close"},
                                                                       {OrderAction::Suspend, "suspend"},
                                                                       {OrderAction::Resume, "resume"},
                                                                       {OrderAction::Cancel, "cancel"}}};

using S = OrderState;
const std::vector<TransitionRule>& rules() {
  static const std::vector<TransitionRule> table{
      {OrderAction::Issue, {S::Draft}, S::Issued, false, false, false},
      {OrderAction::Accept, {S::Issued}, S::Accepted, true, false, false},
      {OrderAction::Start, {S::Accepted, S::Returned}, S::InProgress, true, false, false},
      {OrderAction::Submit, {S::InProgress}, S::Submitted, true, false, false},
      {OrderAction::Return, {S::Submitted}, S::Returned, false, true, false},
      {OrderAction::Close, {S::Submitted}, S::Closed, false, false, false},
      {OrderAction::Suspend, {S::Issued, S::Accepted, S::InProgress, S::Returned}, S::Suspended, false, true, true},
      {OrderAction::Resume, {S::Suspended}, std::nullopt, false, false, false},
      {OrderAction::Cancel,
       {S::Draft, S::Issued, S::Accepted, S::InProgress, S::Submitted, S::Returned, S::Suspended},
       S::Cancelled,
       false,
       true,
       false},
  };
  return table;
}

std::string statesText(const std::vector<OrderState>& states) {
  std::string text;
  for (const auto s : states) text += (text.empty() ? "" : ", ") + std::string(orderStateKey(s));
  return text;
}

Error refusal(const User& user, const char* messageTemplate, std::vector<std::string> args) {
  return Error(ErrorKind::Permission, messageTemplate, std::move(args), {.record = user.name});
}

}  // namespace

const char* orderStateKey(OrderState s) {
  for (const auto& [state, key] : kStates) {
    if (state == s) return key;
  }
  return "draft";
}

std::optional<OrderState> orderStateFromKey(const std::string& key) {
  for (const auto& [state, k] : kStates) {
    if (key == k) return state;
  }
  return std::nullopt;
}

const char* orderActionKey(OrderAction a) {
  for (const auto& [action, key] : kActions) {
    if (action == a) return key;
  }
  return "issue";
}

std::optional<OrderAction> orderActionFromKey(const std::string& key) {
  for (const auto& [action, k] : kActions) {
    if (key == k) return action;
  }
  return std::nullopt;
}

const std::vector<OrderState>& allOrderStates() {
  static const std::vector<OrderState> states = [] {
    std::vector<OrderState> v;
    for (const auto& [s, key] : kStates) v.push_back(s);
    return v;
  }();
  return states;
}

const std::vector<OrderAction>& allOrderActions() {
  static const std::vector<OrderAction> actions = [] {
    std::vector<OrderAction> v;
    for (const auto& [a, key] : kActions) v.push_back(a);
    return v;
  }();
  return actions;
}

bool isOpenState(OrderState s) { return s != OrderState::Closed && s != OrderState::Cancelled; }

bool isOverdue(OrderState s, const std::string& deadline, const std::string& today) {
  return !deadline.empty() && deadline < today && isOpenState(s) && s != OrderState::Draft;
}

const TransitionRule& transitionRule(OrderAction action) {
  for (const auto& r : rules()) {
    if (r.action == action) return r;
  }
  throwInternal(PW_TR("No rule for the order action %1"), {orderActionKey(action)});
}

std::optional<Error> orderManagementRefusal(const User& user, std::int64_t districtId, const std::string& what) {
  switch (user.role) {
    case UserRole::CityAdmin: return std::nullopt;
    case UserRole::DistrictManager:
      if (user.districtId == districtId) return std::nullopt;
      return refusal(user, PW_TR("%1 (district manager of %2) may not act on %3 of another district"),
                     {user.name, user.districtName, what});
    case UserRole::FieldTeam:
      return refusal(user,
                     PW_TR("%1 (field team %2) may not raise or change orders (%3); the district manager does that"),
                     {user.name, user.team, what});
    case UserRole::Planner:
      return refusal(user, PW_TR("%1 (planner) may not raise or change orders (%2)"), {user.name, what});
  }
  return std::nullopt;
}

void requireOrderManagement(const User& user, std::int64_t districtId, const std::string& what) {
  if (auto refused = orderManagementRefusal(user, districtId, what)) throw *refused;
}

TransitionCheck checkTransition(const User& user, OrderAction action, OrderState state, std::int64_t districtId,
                                const std::string& assignee, const std::string& orderNumber) {
  const auto& rule = transitionRule(action);
  if (std::find(rule.from.begin(), rule.from.end(), state) == rule.from.end()) {
    return {Error(ErrorKind::BadInput, PW_TR("Order %1 is %2; %3 is possible only when it is %4"),
                  {orderNumber, orderStateKey(state), orderActionKey(action), statesText(rule.from)},
                  {.record = orderNumber, .field = "state", .value = orderStateKey(state)}),
            std::nullopt};
  }
  if (user.role == UserRole::FieldTeam) {
    if (!rule.teamStep) {
      return {refusal(user, PW_TR("%1 (field team %2) may not %3 order %4; the district manager does that"),
                      {user.name, user.team, orderActionKey(action), orderNumber}),
              std::nullopt};
    }
    if (assignee != user.team) {
      return {refusal(user, PW_TR("%1 (field team %2) may not %3 order %4: it is assigned to %5"),
                      {user.name, user.team, orderActionKey(action), orderNumber, assignee.empty() ? "-" : assignee}),
              std::nullopt};
    }
    return {};
  }
  if (auto refused = orderManagementRefusal(user, districtId, orderNumber)) return {std::move(refused), std::nullopt};
  if (!rule.teamStep) return {};
  if (user.role == UserRole::DistrictManager) {
    return {
        refusal(user,
                PW_TR("%1 (district manager of %2) may not %3 order %4: that step is the assigned team's (%5), "
                      "not the manager's who raises and closes the order; a city administrator may take it "
                      "instead"),
                {user.name, user.districtName, orderActionKey(action), orderNumber, assignee.empty() ? "-" : assignee}),
        std::nullopt};
  }
  return {std::nullopt, std::string("team_step")};  // a city administrator taking the team's step
}

std::optional<std::string> requireTransition(const User& user, OrderAction action, OrderState state,
                                             std::int64_t districtId, const std::string& assignee,
                                             const std::string& orderNumber) {
  auto check = checkTransition(user, action, state, districtId, assignee, orderNumber);
  if (check.refusal) throw *check.refusal;
  return check.overridden;
}

}  // namespace pw
