// Rectification orders: every (state, action, role) combination allowed or refused as specified, district scoping,
// closure only with verification, bulk creation, default priority and deadline, numbering, optimistic concurrency on
// two connections, and the events and audit entries every change leaves.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "orders/todo.h"
#include "orders_fixture.h"
#include "rules/project_time.h"
#include "store/project.h"

namespace pw {
namespace {

using ::testing::HasSubstr;

TEST_F(OrdersTest, ANewOrderTakesDistrictNumberPriorityAndDeadlineFromItsFindings) {
  const auto id = eastOrder();
  const auto o = *orders->order(id);
  EXPECT_EQ(o.number, "DQ-2026-0001");
  EXPECT_EQ(o.districtName, "东区");
  EXPECT_EQ(o.state, OrderState::Draft);
  EXPECT_EQ(o.kind, "repair");  // a structural defect
  // PL grade 4 scores 10: the pipe's RI is grade IV, urgent, due in the rules' 7 days.
  EXPECT_EQ(o.priority, "urgent");
  EXPECT_EQ(o.deadline.value_or(""), "2026-03-17");
  ASSERT_TRUE(o.location);
  EXPECT_NEAR(o.location->x, 500130, 0.01);
  // The next order of the district counts on; the misconnection point makes a separation order.
  OrderDraft draft;
  draft.items = {{"misconnection", eastPoint}};
  const auto second = *orders->order(orders->create(draft, "admin"));
  EXPECT_EQ(second.number, "DQ-2026-0002");
  EXPECT_EQ(second.kind, "separation");
  EXPECT_EQ(second.priority, "high");  // a moderate misconnection
  EXPECT_EQ(second.deadline.value_or(""), "2026-04-09");
}

TEST_F(OrdersTest, BadOrdersAreRefusedAndWriteNothing) {
  eastOrder();
  const auto before = std::make_tuple(count("orders"), count("order_items"), count("order_events"), count("audit_log"));
  auto refused = [&](OrderDraft draft, const std::string& user, ErrorKind kind, const std::string& fragment) {
    try {
      orders->create(draft, user);
      ADD_FAILURE() << "accepted; expected " << fragment;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), kind) << e.what();
      EXPECT_THAT(e.what(), HasSubstr(fragment));
    }
  };
  refused({}, "东经理", ErrorKind::BadInput, "at least one");
  refused({.items = {{"defect", eastDefect}}}, "东经理", ErrorKind::BadInput, "already in the open order DQ-2026-0001");
  refused({.items = {{"defect", eastDefect2}, {"defect", westDefect}}}, "admin", ErrorKind::BadInput,
          "several districts");
  refused({.items = {{"defect", 999}}}, "东经理", ErrorKind::BadInput, "no defect 999");
  refused({.items = {{"defect", westDefect}}}, "东经理", ErrorKind::Permission, "another district");
  refused({.items = {{"defect", westDefect}}}, "甲", ErrorKind::Permission, "may not raise");
  refused({.items = {{"defect", westDefect}}}, "规划", ErrorKind::Permission, "planner");
  refused({.items = {{"defect", westDefect}}, .priority = "asap"}, "西经理", ErrorKind::BadInput, "not a priority");
  refused({.items = {{"defect", westDefect}}, .deadline = "31.12.2026"}, "西经理", ErrorKind::BadInput, "not a date");
  EXPECT_EQ(before, std::make_tuple(count("orders"), count("order_items"), count("order_events"), count("audit_log")));
}

TEST_F(OrdersTest, EveryStateActionAndRoleIsAllowedOrRefusedAsSpecified) {
  // Who may take each step on an order of 东区 assigned to 一队: the assigned team's steps are accept, start and
  // submit (never its manager: separation of duties; the administrator may, overriding it); the rest are the
  // manager's.
  struct Expect {
    OrderAction action;
    std::vector<OrderState> from;
  };
  const std::vector<Expect> legal{
      {OrderAction::Issue, {OrderState::Draft}},
      {OrderAction::Accept, {OrderState::Issued}},
      {OrderAction::Start, {OrderState::Accepted, OrderState::Returned}},
      {OrderAction::Submit, {OrderState::InProgress}},
      {OrderAction::Return, {OrderState::Submitted}},
      {OrderAction::Close, {OrderState::Submitted}},
      {OrderAction::Suspend, {OrderState::Issued, OrderState::Accepted, OrderState::InProgress, OrderState::Returned}},
      {OrderAction::Resume, {OrderState::Suspended}},
      {OrderAction::Cancel,
       {OrderState::Draft, OrderState::Issued, OrderState::Accepted, OrderState::InProgress, OrderState::Submitted,
        OrderState::Returned, OrderState::Suspended}},
  };
  const std::vector<std::string> users{"admin", "东经理", "西经理", "甲", "乙", "规划"};
  const auto east = project->db().scalarInt("SELECT id FROM districts WHERE code = 'DQ'");
  int checked = 0;
  for (const auto& rule : legal) {
    const bool teamStep =
        rule.action == OrderAction::Accept || rule.action == OrderAction::Start || rule.action == OrderAction::Submit;
    for (const auto s : allOrderStates()) {
      const bool stateOk = std::find(rule.from.begin(), rule.from.end(), s) != rule.from.end();
      for (const auto& user : users) {
        const bool roleOk = user == "admin" || (!teamStep && user == "东经理") || (teamStep && user == "甲");
        const User u = *UserStore(*project).find(user);
        try {
          requireTransition(u, rule.action, s, east, "一队", "T");
          EXPECT_TRUE(stateOk && roleOk) << orderActionKey(rule.action) << " from " << orderStateKey(s) << " by "
                                         << user;
        } catch (const Error& e) {
          // The state is checked first: an impossible step is BadInput for everyone, then the role.
          EXPECT_FALSE(stateOk && roleOk) << e.what();
          EXPECT_EQ(e.kind(), stateOk ? ErrorKind::Permission : ErrorKind::BadInput) << e.what();
        }
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 9 * 9 * 6);
}

TEST_F(OrdersTest, TheStoreEnforcesTheWorkflowWithEventsAndAudit) {
  // Driven through the store from each state the normal path reaches.
  for (const auto s :
       {OrderState::Draft, OrderState::Issued, OrderState::Accepted, OrderState::InProgress, OrderState::Submitted,
        OrderState::Returned, OrderState::Suspended, OrderState::Closed, OrderState::Cancelled}) {
    const auto id = orderIn(s);
    EXPECT_EQ(state(id), s) << orderStateKey(s);
    // Closing needs the submitted state; from anywhere else it is refused and nothing changes.
    if (s != OrderState::Submitted) {
      const auto version = orders->order(id)->version;
      EXPECT_THROW(step(id, OrderAction::Close, "东经理"), Error);
      EXPECT_EQ(orders->order(id)->version, version);
    }
    if (isOpenState(s)) step(id, OrderAction::Cancel, "admin", "test done");  // frees the defect for the next order
  }
  // The team path by the team itself, and what it may not do.
  const auto id = eastOrder();
  EXPECT_THROW(step(id, OrderAction::Issue, "甲"), Error);
  step(id, OrderAction::Issue, "东经理");
  try {
    step(id, OrderAction::Accept, "乙");  // not their order
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Permission);
    EXPECT_THAT(e.what(), HasSubstr("assigned to 一队"));
  }
  step(id, OrderAction::Accept, "甲");
  step(id, OrderAction::Start, "甲");
  step(id, OrderAction::Submit, "甲");
  EXPECT_THROW(step(id, OrderAction::Close, "甲"), Error);       // a field team cannot close
  EXPECT_THROW(step(id, OrderAction::Return, "东经理"), Error);  // a return says why
  step(id, OrderAction::Return, "东经理", "still leaking at 30 m");
  EXPECT_EQ(state(id), OrderState::Returned);
  step(id, OrderAction::Suspend, "东经理", "traffic closure", "2026-05-01");
  EXPECT_EQ(orders->order(id)->deadline.value_or(""), "2026-05-01");
  step(id, OrderAction::Resume, "东经理");
  EXPECT_EQ(state(id), OrderState::Returned);  // back where it was
  const auto events = orders->events(id);
  ASSERT_EQ(events.size(), 8u);  // create, issue, accept, start, submit, return, suspend, resume
  EXPECT_EQ(events[0].action, "create");
  EXPECT_EQ(events[5].action, "return");
  EXPECT_EQ(events[5].user, "东经理");
  EXPECT_EQ(events[5].note, "still leaking at 30 m");
  EXPECT_EQ(events[6].deadlineBefore.value_or(""), "2026-03-17");
  EXPECT_EQ(events[6].deadlineAfter.value_or(""), "2026-05-01");
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM audit_log WHERE entity = 'order' AND entity_id = " +
                                    std::to_string(id)),
            8);
  EXPECT_THROW(project->db().exec("DELETE FROM order_events"), Error);  // append-only
}

TEST_F(OrdersTest, ClosureNeedsVerifiedFindingsOrASignedRecord) {
  const auto id = orderIn(OrderState::Submitted);
  auto close = [&](std::vector<Evidence> evidence = {}, std::optional<std::string> signer = {}) {
    TransitionRequest r{OrderAction::Close,  orders->order(id)->version, "", {},
                        std::move(evidence), std::move(signer),          {}};
    orders->transition(id, r, "东经理");
  };
  // Not re-inspected yet.
  try {
    close();
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("has not been re-inspected"));
  }
  // Re-inspected two days later, but the fracture is still there (within 1 m of where it was).
  setenv("PIPEWARD_NOW", "2026-03-12T08:00:00Z", 1);
  const auto again = inspect("e1", "2026-03-12");
  const auto still = defect(again, "PL", 4, 30.6);
  try {
    close();
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("still shows PL at 30.6 m"));
  }
  // A signed record needs its document; a file that is neither photo nor PDF is refused.
  EXPECT_THROW(close({}, "王工程师"), Error);
  EXPECT_THROW(close({{"notes.txt", "hello"}}, "王工程师"), Error);
  EXPECT_EQ(state(id), OrderState::Submitted);
  // Repaired: the re-inspection no longer shows it.
  findings->deleteDefect(still, 1, "甲");
  close();
  const auto o = *orders->order(id);
  EXPECT_EQ(o.state, OrderState::Closed);
  EXPECT_TRUE(o.closedAt);
  // A closed order is final.
  EXPECT_THROW(step(id, OrderAction::Cancel, "admin", "x"), Error);
  // The signed route with its evidence stored.
  const auto second = orderIn(OrderState::Submitted);  // the defect is free again once its order closed
  const std::vector<Evidence> record{{"record.pdf", "%PDF-1.4 ...\n%%EOF\n"}};
  TransitionRequest signedClose{OrderAction::Close, orders->order(second)->version, "", {}, record, "王工程师", 1200.0};
  orders->transition(second, signedClose, "东经理");
  const auto events = orders->events(second);
  EXPECT_EQ(events.back().signedBy.value_or(""), "王工程师");
  EXPECT_EQ(events.back().evidence.size(), 1u);
  EXPECT_DOUBLE_EQ(orders->order(second)->actualCost.value_or(0), 1200.0);
}

TEST_F(OrdersTest, ASecondWriterGetsAConflictAndNothingIsLost) {
  const auto id = eastOrder();
  auto other = Project::open(project->path());  // a second connection, as another user's program
  OrderStore theirs(*other, catalogues);
  auto mine = *orders->order(id);
  auto their = *theirs.order(id);
  mine.assignee = "二队";
  orders->update(mine, "东经理");
  their.description = "also clear the sediment";
  try {
    theirs.update(their, "admin");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Conflict);
    EXPECT_THAT(e.what(), HasSubstr("DQ-2026-0001"));
  }
  EXPECT_EQ(orders->order(id)->assignee, "二队");
  EXPECT_FALSE(orders->order(id)->description);
  TransitionRequest stale{OrderAction::Issue, their.version, "", {}, {}, {}, {}};
  EXPECT_THROW(theirs.transition(id, stale, "admin"), Error);
  EXPECT_EQ(state(id), OrderState::Draft);
}

TEST_F(OrdersTest, BulkCreationMakesOneOrderPerPipeForFindingsWithoutOne) {
  // Grade III-IV structural defects of 东区: e1 has two (PL4, CK3), in no order yet -> one order for the pipe.
  OrderDraft common;
  common.assignee = "一队";
  const auto ids = orders->createBulk({"东区", "structural", 3}, common, "东经理");
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_EQ(orders->order(ids[0])->items.size(), 2u);
  // Running it again finds nothing new; grade II and above misconnections give one order for the point.
  EXPECT_TRUE(orders->createBulk({"DQ", "structural", 3}, common, "东经理").empty());
  EXPECT_EQ(orders->createBulk({"DQ", "misconnection", 2}, common, "东经理").size(), 1u);
  EXPECT_THROW(orders->createBulk({"西区", "structural", 3}, common, "东经理"), Error);
  EXPECT_THROW(orders->createBulk({"北区", "structural", 3}, common, "admin"), Error);
}

TEST_F(OrdersTest, OverdueIsDerivedAndTheTodoListPutsEachUsersWorkFirst) {
  const auto late = orderIn(OrderState::Accepted);  // due 2026-03-17
  OrderDraft draft;
  draft.items = {{"misconnection", eastPoint}};
  draft.assignee = "一队";
  const auto fresh = orders->create(draft, "东经理");
  step(fresh, OrderAction::Issue, "东经理");
  setenv("PIPEWARD_NOW", "2026-03-20T08:00:00Z", 1);
  EXPECT_TRUE(orders->order(late)->overdue(todayIso(*project)));
  EXPECT_FALSE(orders->order(fresh)->overdue(todayIso(*project)));
  EXPECT_EQ(orders->list({.overdueOnly = true}).size(), 1u);
  const auto team = todoFor(*orders, *UserStore(*project).find("甲"));
  ASSERT_EQ(team.size(), 2u);
  EXPECT_EQ(team[0].reason, "overdue");
  EXPECT_EQ(team[1].reason, "to_accept");
  EXPECT_TRUE(todoFor(*orders, *UserStore(*project).find("乙")).empty());
  EXPECT_TRUE(todoFor(*orders, *UserStore(*project).find("西经理")).empty());
  EXPECT_EQ(todoFor(*orders, *UserStore(*project).find("东经理")).front().reason, "overdue");
}

}  // namespace
}  // namespace pw
