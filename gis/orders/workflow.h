#pragma once
// The life of a rectification order (docs/domain.md §7): draft -> issued -> accepted -> in progress -> submitted for
// acceptance -> closed (销号), or returned -> in progress again; suspended with an approved new deadline and resumed;
// cancelled with a reason. Overdue is derived (deadline passed, not closed), never a state. Which role may take which
// step, on which orders, is decided here.
#include <optional>
#include <string>
#include <vector>

#include "access/users.h"
#include "core/error.h"

namespace pw {

enum class OrderState { Draft, Issued, Accepted, InProgress, Submitted, Returned, Suspended, Closed, Cancelled };
enum class OrderAction { Issue, Accept, Start, Submit, Return, Close, Suspend, Resume, Cancel };

const char* orderStateKey(OrderState s);  ///< draft, issued, accepted, in_progress, submitted, returned, ...
std::optional<OrderState> orderStateFromKey(const std::string& key);
const char* orderActionKey(OrderAction a);  ///< issue, accept, start, submit, return, close, suspend, resume, cancel
std::optional<OrderAction> orderActionFromKey(const std::string& key);
const std::vector<OrderState>& allOrderStates();
const std::vector<OrderAction>& allOrderActions();

/// Not closed and not cancelled.
bool isOpenState(OrderState s);
/// Overdue is derived, never stored: issued (not a draft), still open, and its deadline (YYYY-MM-DD) before `today`.
bool isOverdue(OrderState s, const std::string& deadline, const std::string& today);

struct TransitionRule {
  OrderAction action;
  std::vector<OrderState> from;
  std::optional<OrderState> to;  ///< empty for resume: back to the state before the suspension
  bool teamStep;                 ///< taken by the assigned team (or the district manager on a contractor's behalf)
  bool needsNote;                ///< return, suspend and cancel must say why
  bool needsDeadline;            ///< suspend sets the approved new deadline
};
const TransitionRule& transitionRule(OrderAction action);

/// Whether `user` may take `action` on an order of district `districtId`, assigned to `assignee`, now in `state`: the
/// one predicate behind requireTransition and the steps offered (orderSteps). `refusal` is the error
/// requireTransition throws; `overridden` the rule a city administrator sets aside.
struct TransitionCheck {
  std::optional<Error> refusal;
  std::optional<std::string> overridden;
};
TransitionCheck checkTransition(const User& user, OrderAction action, OrderState state, std::int64_t districtId,
                                const std::string& assignee, const std::string& orderNumber);

/// May `user` take `action` on an order of district `districtId`, assigned to `assignee`, now in `state`? Throws
/// BadInput when the order's state does not allow the step (naming the order, its state and what the step needs),
/// Permission when the user's role or district does not. Separation of duties: the assigned team takes its steps
/// (accept, start, submit), never the district manager who raises and closes the order; a city administrator may take
/// them, which overrides the rule: the key of the overridden rule is returned for the audit log ("team_step").
std::optional<std::string> requireTransition(const User& user, OrderAction action, OrderState state,
                                             std::int64_t districtId, const std::string& assignee,
                                             const std::string& orderNumber);

/// May `user` raise or edit orders of district `districtId` (managers of that district and administrators)?
void requireOrderManagement(const User& user, std::int64_t districtId, const std::string& what);
/// Why not (the Permission error requireOrderManagement throws), or nothing when they may.
std::optional<Error> orderManagementRefusal(const User& user, std::int64_t districtId, const std::string& what);

}  // namespace pw
