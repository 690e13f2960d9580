#pragma once
// The fixture of the domain-rule tests: two districts side by side, 东区 (code DQ, x < 500500) and 西区 (XQ), sewers
// of 100 m in each (e1, e2 in 东区, w1 in 西区); users admin and 副局长 (city administrators), 东经理 and 西经理 (the
// districts' managers), 甲 and 乙 (field teams 一队 and 二队), 规划 (a planner). The clock stands at 2026-03-10 08:00
// UTC (16:00 in China) unless a test moves it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "access/users.h"
#include "core/error.h"
#include "crafted_city_test.h"
#include "crafted_work.h"

namespace pw::test {

class RulesTest : public CraftedCityTest {
protected:
  void SetUp() override {
    setNow("2026-03-10T08:00:00Z");
    const CraftedCity city{
        .districts = {{"东区", "DQ", 500000, 3350000, 500500, 3350500},
                      {"西区", "XQ", 500500, 3350000, 501000, 3350500}},
        .manholes = {{"E1", 500100, 3350100},
                     {"E2", 500200, 3350100},
                     {"E3", 500300, 3350100},
                     {"W1", 500600, 3350100},
                     {"W2", 500700, 3350100}},
        .pipes = {{"e1", "E1", "E2", "污水", 400}, {"e2", "E2", "E3", "污水", 400}, {"w1", "W1", "W2", "污水", 400}}};
    importCity(city, {cityAdmin("副局长"), districtManager("东经理", "DQ"), districtManager("西经理", "XQ"),
                      fieldTeam("甲", "一队"), fieldTeam("乙", "二队"), planner("规划")});
  }

  std::int64_t inspect(const std::string& pipe, const std::string& date = "2026-03-01",
                       const std::string& user = "甲") {
    return recordInspection(*project, *findings, pipe, date, user);
  }
  std::int64_t defect(std::int64_t inspection, const std::string& user = "甲") {
    return recordDefect(*findings, inspection, "PL", 4, 30, user);
  }
  std::int64_t point(Point at, const std::string& user = "甲") {
    MisconnectionRecord m;
    m.location = at;
    m.kind = "rain_into_sewage";
    m.codMgL = 150;
    return findings->addMisconnection(m, user);
  }
  /// A draft order of 东区 for 一队 on one finding, raised by its manager.
  std::int64_t order(const OrderItem& item) {
    OrderDraft draft;
    draft.items = {item};
    draft.assignee = "一队";
    return orders->create(draft, "东经理");
  }
  void step(std::int64_t id, OrderAction action, const std::string& user, const std::string& note = {}) {
    TransitionRequest r;
    r.action = action;
    r.version = orders->order(id)->version;
    r.note = note;
    orders->transition(id, r, user);
  }
  std::int64_t count(const std::string& table) { return project->db().scalarInt("SELECT count(*) FROM " + table); }

  /// Runs `action`, expecting an Error of `kind` whose message holds `fragment`; returns the error's field.
  template <class F>
  std::string refused(F&& action, ErrorKind kind, const std::string& fragment) {
    try {
      action();
      ADD_FAILURE() << "accepted; expected " << fragment;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), kind) << e.what();
      EXPECT_THAT(e.what(), ::testing::HasSubstr(fragment));
      return e.context().field;
    }
    return {};
  }
};

}  // namespace pw::test
