#pragma once
// The fixture of the order tests (test_orders.cpp, test_order_steps.cpp): two districts with findings and the users
// of every role.
#include <gtest/gtest.h>

#include "crafted_city_test.h"
#include "crafted_work.h"
#include "inspect/findings.h"
#include "orders/orders.h"
#include "store/project.h"

namespace pw {

/// Two districts side by side, 东区 (code DQ, x < 500500) and 西区 (code XQ); a sewer in each, inspected with defects;
/// a misconnection point in 东区. Users: admin; 东经理 and 西经理, managers of each district; 甲 and 乙 of the field
/// teams 一队 and 二队; 规划 a planner.
class OrdersTest : public test::CraftedCityTest {
protected:
  std::int64_t eastDefect = 0, eastDefect2 = 0, westDefect = 0, eastPoint = 0;
  std::int64_t eastInspection = 0;

  void SetUp() override {
    setenv("PIPEWARD_NOW", "2026-03-10T08:00:00Z", 1);
    const test::CraftedCity city{
        .districts = {{"东区", "DQ", 500000, 3350000, 500500, 3350500},
                      {"西区", "XQ", 500500, 3350000, 501000, 3350500}},
        .manholes = {{"E1", 500100, 3350100},
                     {"E2", 500200, 3350100},
                     {"E3", 500300, 3350100},
                     {"W1", 500600, 3350100},
                     {"W2", 500700, 3350100}},
        .pipes = {{"e1", "E1", "E2", "污水", 400}, {"e2", "E2", "E3", "污水", 400}, {"w1", "W1", "W2", "污水", 400}}};
    importCity(city, {test::districtManager("东经理", "DQ"), test::districtManager("西经理", "西区"),
                      test::fieldTeam("甲", "一队"), test::fieldTeam("乙", "二队"), test::planner("规划")});
    eastInspection = inspect("e1", "2026-03-01");
    eastDefect = defect(eastInspection, "PL", 4, 30);
    eastDefect2 = defect(eastInspection, "CK", 3, 60);
    westDefect = defect(inspect("w1", "2026-03-01"), "PL", 3, 40);
    MisconnectionRecord mc;
    mc.location = Point{500150, 3350120};
    mc.kind = "rain_into_sewage";
    mc.codMgL = 150;  // moderate
    eastPoint = findings->addMisconnection(mc, "甲");
  }

  std::int64_t inspect(const std::string& pipeCode, const std::string& date) {
    return test::recordInspection(*project, *findings, pipeCode, date, "甲");
  }
  std::int64_t defect(std::int64_t inspection, const std::string& code, int grade, double distance) {
    return test::recordDefect(*findings, inspection, code, grade, distance, "甲");
  }
  std::int64_t eastOrder(const std::string& assignee = "一队") {
    OrderDraft draft;
    draft.items = {{"defect", eastDefect}};
    draft.assignee = assignee;
    return orders->create(draft, "东经理");
  }
  void step(std::int64_t id, OrderAction action, const std::string& user, const std::string& note = "",
            std::optional<std::string> deadline = {}) {
    TransitionRequest r;
    r.action = action;
    r.version = orders->order(id)->version;
    r.note = note;
    r.newDeadline = deadline;
    orders->transition(id, r, user);
  }
  OrderState state(std::int64_t id) { return orders->order(id)->state; }
  std::int64_t count(const std::string& table) { return project->db().scalarInt("SELECT count(*) FROM " + table); }

  /// Brings a new order to `target` along the normal path.
  std::int64_t orderIn(OrderState target) {
    const auto id = eastOrder();
    const std::vector<std::pair<OrderAction, OrderState>> path{{OrderAction::Issue, OrderState::Issued},
                                                               {OrderAction::Accept, OrderState::Accepted},
                                                               {OrderAction::Start, OrderState::InProgress},
                                                               {OrderAction::Submit, OrderState::Submitted}};
    if (target == OrderState::Draft) return id;
    for (const auto& [action, reached] : path) {
      step(id, action, action == OrderAction::Issue ? "东经理" : "甲");  // the team takes its own steps
      if (reached == target) return id;
    }
    if (target == OrderState::Returned) {
      step(id, OrderAction::Return, "东经理", "joint still leaks");
    } else if (target == OrderState::Suspended) {
      step(id, OrderAction::Return, "东经理", "redo");
      step(id, OrderAction::Suspend, "东经理", "road closed for the festival", "2026-06-30");
    } else if (target == OrderState::Closed) {
      const std::vector<Evidence> record{{"record.pdf", "%PDF-1.4 signed\n%%EOF\n"}};
      TransitionRequest r{OrderAction::Close, orders->order(id)->version, "", {}, record, "王工程师", {}};
      orders->transition(id, r, "东经理");
    } else if (target == OrderState::Cancelled) {
      step(id, OrderAction::Cancel, "东经理", "duplicate");
    }
    return id;
  }
};

}  // namespace pw
