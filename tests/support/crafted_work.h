#pragma once
// Findings and orders recorded on a crafted city at known moments: the clock the core reads (PIPEWARD_NOW) is set
// for each step, so that a test can work out its expectations by hand.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "inspect/findings.h"
#include "orders/orders.h"
#include "store/project.h"

namespace pw::test {

/// Sets the clock of the core (PIPEWARD_NOW) to an ISO timestamp ("2026-04-15T09:00:00Z").
void setNow(const std::string& at);

/// A CCTV inspection of the pipe with code `pipeCode` on `date`, recorded by `user`.
std::int64_t recordInspection(Project& project, FindingsStore& findings, const std::string& pipeCode,
                              const std::string& date, const std::string& user,
                              std::optional<std::string> team = std::nullopt,
                              const std::string& direction = "with_flow");

/// A defect `code` of `grade`, `distance` metres along the inspected pipe, recorded by `user`.
std::int64_t recordDefect(FindingsStore& findings, std::int64_t inspection, const std::string& code, int grade,
                          double distance, const std::string& user);

/// A step of an order at `at`: a day (the step is taken at 08:00 UTC) or a whole timestamp. A return, a cancellation
/// and a suspension get a note; a suspension the approved `newDeadline`; a closure a signed re-inspection record.
struct OrderStep {
  std::string at;
  OrderAction action;
  std::optional<std::string> newDeadline = std::nullopt;
};

/// A field-team user of `team`, or admin when the project has none (the team's steps are the team's to take).
std::string teamMember(Project& project, const std::string& team);

/// An order on `item` for the field team 一队, created by `user` at 07:00 of the day `created` with `deadline`, then
/// taken through `steps`, each at its moment: the team's steps (accept, start, submit) by a user of 一队 (teamMember),
/// the others by `user`. Returns the order's id.
std::int64_t raiseOrder(OrderStore& orders, const std::string& user, const OrderItem& item, const std::string& created,
                        const std::string& deadline, const std::vector<OrderStep>& steps,
                        std::optional<double> estimatedCost = std::nullopt);

}  // namespace pw::test
