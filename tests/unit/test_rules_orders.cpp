// The rules orders obey: separation of duties (the team's steps are the team's, the manager does not sign the record of
// their own order; an administrator may override, and the audit log says so), costs and deadlines that make sense,
// grades the catalogue has, and days counted in the project's time zone.
#include <cmath>

#include <nlohmann/json.hpp>

#include "access/project_settings.h"
#include "report/kpi.h"
#include "rules/project_time.h"
#include "rules_fixture.h"

namespace pw {
namespace {

using test::RulesTest;

class OrderRulesTest : public RulesTest {
protected:
  std::int64_t issuedOrder() {
    const auto id = order({"defect", defect(inspect("e1"))});
    step(id, OrderAction::Issue, "东经理");
    return id;
  }
  /// The last audit entry of the order, as JSON (after).
  nlohmann::json lastAudit(std::int64_t id) {
    return nlohmann::json::parse(project->db().scalarText(
        "SELECT after FROM audit_log WHERE entity = 'order' AND entity_id = " + std::to_string(id) +
        " ORDER BY id DESC LIMIT 1"));
  }
  void close(std::int64_t id, const std::string& user, const std::string& signer) {
    TransitionRequest r;
    r.action = OrderAction::Close;
    r.version = orders->order(id)->version;
    r.signedBy = signer;
    r.evidence = {{"record.pdf", "%PDF-1.4 signed re-inspection\n%%EOF\n"}};
    orders->transition(id, r, user);
  }
};

}  // namespace

TEST_F(OrderRulesTest, TheTeamTakesItsOwnStepsNotTheDistrictManager) {
  const auto id = issuedOrder();
  for (const auto action : {OrderAction::Accept, OrderAction::Start, OrderAction::Submit}) {
    refused([&] { step(id, action, "东经理"); }, ErrorKind::Permission, "that step is the assigned team's (一队)");
    step(id, action, "甲");
    EXPECT_FALSE(lastAudit(id).contains("override"));
  }
  EXPECT_EQ(orders->order(id)->state, OrderState::Submitted);
}

TEST_F(OrderRulesTest, ACityAdministratorMayTakeTheTeamsStepsAndTheOverrideIsAudited) {
  const auto id = issuedOrder();
  step(id, OrderAction::Accept, "副局长");
  EXPECT_EQ(orders->order(id)->state, OrderState::Accepted);
  EXPECT_EQ(lastAudit(id).value("override", ""), "team_step");
  EXPECT_EQ(project->db().scalarText("SELECT user_name FROM audit_log ORDER BY id DESC LIMIT 1"), "副局长");
}

TEST_F(OrderRulesTest, ADistrictManagerDoesNotSignTheReinspectionRecordOfTheirOwnOrder) {
  auto submitted = [&] {
    const auto id = issuedOrder();
    for (const auto a : {OrderAction::Accept, OrderAction::Start, OrderAction::Submit}) step(id, a, "甲");
    return id;
  };
  const auto id = submitted();
  EXPECT_EQ(
      refused([&] { close(id, "东经理", "东经理"); }, ErrorKind::Permission, "may not sign the re-inspection record"),
      "signed_by");
  EXPECT_EQ(orders->order(id)->state, OrderState::Submitted);
  close(id, "东经理", "王工程师");  // an inspector of the water company signs
  EXPECT_EQ(orders->order(id)->state, OrderState::Closed);
  EXPECT_FALSE(lastAudit(id).contains("override"));
  // An administrator closing with the manager's signature overrides the rule, audited.
  const auto second = submitted();
  close(second, "副局长", "东经理");
  EXPECT_EQ(lastAudit(second).value("override", ""), "own_signature");
}

TEST_F(OrderRulesTest, CostsAreFiniteAndNotNegative) {
  OrderDraft draft;
  draft.items = {{"defect", defect(inspect("e1"))}};
  draft.assignee = "一队";
  for (const double bad : {-1.0, std::nan(""), HUGE_VAL}) {
    draft.estimatedCost = bad;
    EXPECT_EQ(
        refused([&] { orders->create(draft, "东经理"); }, ErrorKind::BadInput, "a cost is a number of zero or more"),
        "estimated_cost");
  }
  EXPECT_EQ(count("orders"), 0);
  draft.estimatedCost = 12000;
  const auto id = orders->create(draft, "东经理");
  auto o = *orders->order(id);
  o.actualCost = -5;
  EXPECT_EQ(refused([&] { orders->update(o, "东经理"); }, ErrorKind::BadInput, "actual_cost cannot be -5"),
            "actual_cost");
  step(id, OrderAction::Issue, "东经理");
  step(id, OrderAction::Accept, "甲");
  step(id, OrderAction::Start, "甲");
  TransitionRequest submit{OrderAction::Submit, orders->order(id)->version, "", {}, {}, {}, std::nan("")};
  refused([&] { orders->transition(id, submit, "甲"); }, ErrorKind::BadInput, "actual_cost cannot be");
  EXPECT_EQ(orders->order(id)->state, OrderState::InProgress);
}

TEST_F(OrderRulesTest, DeadlinesAreRealDatesWithinTheHorizon) {
  OrderDraft draft;
  draft.items = {{"defect", defect(inspect("e1"))}};
  draft.assignee = "一队";
  draft.deadline = "2026-02-30";
  EXPECT_EQ(refused([&] { orders->create(draft, "东经理"); }, ErrorKind::BadInput, "'2026-02-30' is not a date"),
            "deadline");
  // Today 2026-03-10 plus 1095 days is 2029-03-09.
  draft.deadline = "2029-03-10";
  refused([&] { orders->create(draft, "东经理"); }, ErrorKind::BadInput,
          "more than 1095 days ahead (the latest is 2029-03-09)");
  draft.deadline = "2029-03-09";
  const auto id = orders->create(draft, "东经理");
  auto o = *orders->order(id);
  o.deadline = "2206-01-01";
  refused([&] { orders->update(o, "东经理"); }, ErrorKind::BadInput, "more than 1095 days ahead");
  step(id, OrderAction::Issue, "东经理");
  TransitionRequest suspend{
      OrderAction::Suspend, orders->order(id)->version, "road works", std::string("2030-01-01"), {}, {}, {}};
  refused([&] { orders->transition(id, suspend, "东经理"); }, ErrorKind::BadInput, "more than 1095 days ahead");
}

TEST_F(OrderRulesTest, BulkOrdersTakeGradesTheCatalogueHas) {
  defect(inspect("e1"));
  const OrderDraft common{.assignee = "一队"};
  for (const auto& [kind, grade] :
       {std::pair{"structural", 7}, std::pair{"structural", 0}, std::pair{"misconnection", 4}}) {
    EXPECT_EQ(refused(
                  [&] {
                    orders->createBulk({"DQ", kind, grade}, common, "东经理");
                  },
                  ErrorKind::BadInput, "is not in the catalogue"),
              "min_grade");
  }
  EXPECT_EQ(orders->createBulk({"DQ", "structural", 4}, common, "东经理").size(), 1u);
}

TEST_F(OrderRulesTest, OverdueAndOrderNumbersFollowTheProjectsDay) {
  OrderDraft draft;
  draft.items = {{"defect", defect(inspect("e1"))}};
  draft.assignee = "一队";
  draft.deadline = "2026-12-04";
  test::setNow("2026-11-01T08:00:00Z");
  const auto id = orders->create(draft, "东经理");
  step(id, OrderAction::Issue, "东经理");
  // At 17:30 UTC on the 4th it is the 5th in China: the order is a day overdue there, not yet in UTC.
  test::setNow("2026-12-04T17:30:00Z");
  EXPECT_TRUE(orders->order(id)->overdue(todayIso(*project)));
  EXPECT_EQ(orders->list({.overdueOnly = true}).size(), 1u);
  setProjectTimeZone(*project, "UTC", "admin");
  EXPECT_FALSE(orders->order(id)->overdue(todayIso(*project)));
  EXPECT_TRUE(orders->list({.overdueOnly = true}).empty());
  setProjectTimeZone(*project, "Asia/Shanghai", "admin");
  // An order raised at 17:00 UTC on New Year's Eve is the new year's.
  test::setNow("2026-12-31T17:00:00Z");
  draft.items = {{"defect", defect(inspect("e2", "2026-12-01"))}};
  draft.deadline.reset();
  EXPECT_EQ(orders->order(orders->create(draft, "东经理"))->number, "DQ-2027-0001");
}

TEST_F(OrderRulesTest, APeriodCountsTheProjectsDays) {
  // Closed at 01:00 on 1 December in China (17:00 UTC on 30 November).
  const auto id =
      test::raiseOrder(*orders, "东经理", {"defect", defect(inspect("e1"))}, "2026-11-02", "2026-12-10", {});
  test::setNow("2026-11-02T08:00:00Z");
  step(id, OrderAction::Issue, "东经理");
  for (const auto a : {OrderAction::Accept, OrderAction::Start, OrderAction::Submit}) step(id, a, "甲");
  test::setNow("2026-11-30T17:00:00Z");
  TransitionRequest r{
      OrderAction::Close, orders->order(id)->version, "", {}, {{"r.pdf", "%PDF-1.4\n%%EOF\n"}}, "王工程师", {}};
  orders->transition(id, r, "东经理");
  test::setNow("2027-01-10T08:00:00Z");
  auto closedIn = [&](const std::string& period) {
    return computeKpis(*project, catalogues, parsePeriod(period)).city.closedInPeriod;
  };
  EXPECT_EQ(closedIn("2026-12"), 1);
  EXPECT_EQ(closedIn("2026-11"), 0);
  setProjectTimeZone(*project, "UTC", "admin");
  EXPECT_EQ(closedIn("2026-12"), 0);
  EXPECT_EQ(closedIn("2026-11"), 1);
}

TEST_F(OrderRulesTest, TheProjectsTimeZoneIsSetByAnAdministratorAndAudited) {
  EXPECT_EQ(projectTimeZoneName(*project), "Asia/Shanghai");  // the default of limits.json
  refused([&] { setProjectTimeZone(*project, "Asia/Urumqi", "东经理"); }, ErrorKind::Permission,
          "may not change the project's settings");
  EXPECT_EQ(refused([&] { setProjectTimeZone(*project, "Asia/Beijing", "admin"); }, ErrorKind::BadInput,
                    "no time zone 'Asia/Beijing'"),
            "time_zone");
  EXPECT_EQ(projectTimeZoneName(*project), "Asia/Shanghai");
  setProjectTimeZone(*project, "Asia/Urumqi", "admin");
  EXPECT_EQ(projectTimeZoneName(*project), "Asia/Urumqi");
  EXPECT_EQ(project->db().scalarText("SELECT after FROM audit_log WHERE entity = 'project' ORDER BY id DESC LIMIT 1"),
            R"({"time_zone":"Asia/Urumqi"})");
  EXPECT_EQ(localDateOf(*project, "2026-12-04T17:30:00Z"), "2026-12-04");  // UTC+6: 23:30
  EXPECT_EQ(localDateOf(*project, "2026-12-04T18:30:00Z"), "2026-12-05");
  EXPECT_EQ(dayStartUtc(*project, "2026-12-05"), "2026-12-04T18:00:00Z");
}

TEST_F(OrderRulesTest, TheLastActiveAdministratorStaysAndUsersComeBack) {
  UserStore users(*project);
  users.deactivate("admin", "副局长");
  EXPECT_FALSE(users.find("admin")->active);
  EXPECT_EQ(
      refused([&] { users.deactivate("副局长", "副局长"); }, ErrorKind::BadInput, "the last active city administrator"),
      "active");
  refused([&] { users.reactivate("admin", "东经理"); }, ErrorKind::Permission, "may not change users");
  users.reactivate("admin", "副局长");
  EXPECT_TRUE(users.find("admin")->active);
  users.deactivate("副局长", "admin");
}

TEST_F(OrderRulesTest, UserNamesIgnoreCaseAndFitADatabaseRoleName) {
  UserStore users(*project);
  User u;
  u.name = "Zhang.Wei";
  u.role = UserRole::FieldTeam;
  u.team = "三队";
  users.add(u, "", "admin");
  EXPECT_EQ(users.find("ZHANG.WEI")->name, "Zhang.Wei");
  EXPECT_TRUE(sameUserName("ΩMEGA-Ёж", "ωmega-ёЖ"));
  EXPECT_FALSE(sameUserName("张伟", "张伟伟"));
  u.name = "zhang.wei";
  EXPECT_EQ(refused([&] { users.add(u, "", "admin"); }, ErrorKind::BadInput, "There is already a user Zhang.Wei"),
            "name");
  std::string longest;
  for (int i = 0; i < 21; ++i) longest += "雨";  // 63 bytes
  u.name = longest;
  users.add(u, "", "admin");
  u.name = longest + "水";
  refused([&] { users.add(u, "", "admin"); }, ErrorKind::BadInput,
          "is 66 bytes long; a name may have at most 63 bytes");
  u.name = std::string("bad\xff", 4);
  refused([&] { users.add(u, "", "admin"); }, ErrorKind::BadInput, "UTF-8");
}

}  // namespace pw
