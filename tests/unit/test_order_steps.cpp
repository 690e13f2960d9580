// The steps offered on an order are the steps the transition accepts: for every state (and a draft that cannot be
// issued yet), every role and every step, orderSteps agrees with trying the step on a copy (a transaction rolled
// back), and a refused step carries the transition's own error.
#include <gtest/gtest.h>

#include "core/error.h"
#include "orders_fixture.h"
#include "store/sqlite.h"

namespace pw {
namespace {

struct StepCase {
  OrderState state;
  bool withAssignee = true;
};

class OrderStepsTest : public OrdersTest, public ::testing::WithParamInterface<StepCase> {
protected:
  /// What a request for `action` needs beyond the order: a note, an approved new deadline, a signed record.
  static TransitionRequest requestFor(OrderAction action, std::int64_t version) {
    TransitionRequest r;
    r.action = action;
    r.version = version;
    r.note = "reason";
    if (action == OrderAction::Suspend) r.newDeadline = "2026-06-30";
    if (action == OrderAction::Close) {
      r.signedBy = "王工程师";
      r.evidence = {{"record.pdf", "%PDF-1.4 signed\n%%EOF\n", {}}};
    }
    return r;
  }
};

TEST_P(OrderStepsTest, StepsOfferedAreTheStepsTheTransitionAccepts) {
  const auto id = GetParam().withAssignee ? orderIn(GetParam().state) : eastOrder("");
  const auto o = *orders->order(id);
  ASSERT_EQ(o.state, GetParam().state);
  for (const std::string name : {"admin", "东经理", "西经理", "甲", "乙", "规划"}) {
    const User user = *UserStore(*project).find(name);
    const auto steps = orderSteps(user, o);
    ASSERT_EQ(steps.size(), allOrderActions().size());
    for (const auto& step : steps) {
      const auto& from = transitionRule(step.action).from;
      EXPECT_EQ(step.fromThisState, std::find(from.begin(), from.end(), o.state) != from.end());
      std::optional<Error> thrown;
      {
        sql::Transaction copy(project->db());  // rolled back: every step is tried on the same order
        try {
          orders->transition(id, requestFor(step.action, o.version), name);
        } catch (const Error& e) {
          thrown = e;
        }
      }
      const std::string what = std::string(orderActionKey(step.action)) + " by " + name;
      ASSERT_EQ(step.refusal.has_value(), thrown.has_value())
          << what << ": offered " << (step.refusal ? step.refusal->what() : "yes") << ", transition "
          << (thrown ? thrown->what() : "accepted");
      if (thrown) {
        EXPECT_EQ(step.refusal->kind(), thrown->kind()) << what;
        EXPECT_STREQ(step.refusal->what(), thrown->what()) << what;
      }
    }
  }
  EXPECT_EQ(orders->order(id)->version, o.version);  // nothing was kept
}

INSTANTIATE_TEST_SUITE_P(EveryState, OrderStepsTest,
                         ::testing::Values(StepCase{OrderState::Draft}, StepCase{OrderState::Draft, false},
                                           StepCase{OrderState::Issued}, StepCase{OrderState::Accepted},
                                           StepCase{OrderState::InProgress}, StepCase{OrderState::Submitted},
                                           StepCase{OrderState::Returned}, StepCase{OrderState::Suspended},
                                           StepCase{OrderState::Closed}, StepCase{OrderState::Cancelled}),
                         [](const auto& param) {
                           return std::string(orderStateKey(param.param.state)) +
                                  (param.param.withAssignee ? "" : "_without_assignee");
                         });

TEST_F(OrdersTest, AStepRefusedForTheOrderItselfSaysWhatIsMissing) {
  const auto o = *orders->order(eastOrder(""));
  const auto steps = orderSteps(*UserStore(*project).find("东经理"), o);
  const auto& issue = steps.front();
  ASSERT_EQ(issue.action, OrderAction::Issue);
  ASSERT_TRUE(issue.refusal);
  EXPECT_EQ(issue.refusal->kind(), ErrorKind::BadInput);
  EXPECT_EQ(issue.refusal->context().field, "assignee");
  EXPECT_FALSE(steps.back().refusal);  // cancel is open to the manager
  EXPECT_FALSE(orderManagementRefusal(*UserStore(*project).find("东经理"), o.districtId, o.number));
  const auto other = orderManagementRefusal(*UserStore(*project).find("西经理"), o.districtId, o.number);
  ASSERT_TRUE(other);
  EXPECT_EQ(other->kind(), ErrorKind::Permission);
}

}  // namespace
}  // namespace pw
