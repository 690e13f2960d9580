// What the CLI and the desktop ask the core instead of reading the tables: districts by code, name or id, pipes and
// manholes by code and id, a finding's label, the assignees of orders, an order's number and state, the inspected
// pipes, an import run, an attachment, and a change made as one transaction.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "crafted_city_test.h"
#include "crafted_work.h"
#include "importer/stored_issues.h"
#include "network/features.h"
#include "network/graph.h"
#include "store/attachments.h"
#include "store/districts.h"

namespace pw {
namespace {

using ::testing::HasSubstr;

/// 东区 (DQ) and 西区 (XQ); pipes e1 (E1 -> E2, 100 m) and w1 (W1 -> W2, 100 m); a defect on e1, a point in 东区.
class AppQueriesTest : public test::CraftedCityTest {
protected:
  std::int64_t defectId = 0, pointId = 0;

  void SetUp() override {
    setenv("PIPEWARD_NOW", "2026-03-10T08:00:00Z", 1);
    const test::CraftedCity city{.districts = {{"东区", "DQ", 500000, 3350000, 500500, 3350500},
                                               {"西区", "XQ", 500500, 3350000, 501000, 3350500}},
                                 .manholes = {{"E1", 500100, 3350100},
                                              {"E2", 500200, 3350100},
                                              {"W1", 500600, 3350100},
                                              {"W2", 500700, 3350100}},
                                 .pipes = {{"e1", "E1", "E2", "污水", 400}, {"w1", "W1", "W2", "污水", 400}}};
    importCity(city, {test::fieldTeam("甲", "一队")});
    defectId = test::recordDefect(*findings, test::recordInspection(*project, *findings, "e1", "2026-03-01", "甲"),
                                  "PL", 4, 30, "甲");
    MisconnectionRecord mc;
    mc.location = Point{500150, 3350120};
    mc.kind = "rain_into_sewage";
    pointId = findings->addMisconnection(mc, "甲");
  }
};

TEST_F(AppQueriesTest, ADistrictIsFoundByCodeOrNameOrIdAndAMissingOneIsNamed) {
  EXPECT_EQ(requireDistrict(*project, "DQ").id, district["DQ"]);
  const auto west = requireDistrict(*project, "西区");
  EXPECT_EQ(west.id, district["XQ"]);
  EXPECT_EQ(west.code, "XQ");
  EXPECT_EQ(west.name, "西区");
  try {
    requireDistrict(*project, "北区");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
    EXPECT_THAT(e.what(), HasSubstr("北区"));
    EXPECT_EQ(e.context().field, "district");
    EXPECT_EQ(e.context().value, "北区");
  }
  ASSERT_TRUE(districtById(*project, district["DQ"]));
  EXPECT_EQ(districtById(*project, district["DQ"])->name, "东区");
  EXPECT_FALSE(districtById(*project, 999));
  const auto all = listDistricts(*project);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].code, "DQ");
  EXPECT_EQ(all[1].code, "XQ");
}

TEST_F(AppQueriesTest, PipesAndManholesByCodeAndId) {
  const auto e1 = pipeIdOf(*project, "e1");
  EXPECT_EQ(pipeCodeOf(*project, e1), "e1");
  EXPECT_EQ(manholeCodeOf(*project, manholeIdOf(*project, "W2")), "W2");
  EXPECT_EQ(pipeCodeOf(*project, 999), "");
  for (const auto& lookup : {std::function<void()>([&] { pipeIdOf(*project, "x9"); }),
                             std::function<void()>([&] { manholeIdOf(*project, "x9"); })}) {
    try {
      lookup();
      FAIL();
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::NotFound);
      EXPECT_THAT(e.what(), HasSubstr("x9"));
      EXPECT_EQ(e.context().record, "x9");
    }
  }
  const auto facts = pipeFacts(*project, e1);
  ASSERT_TRUE(facts);
  EXPECT_EQ(facts->code, "e1");
  EXPECT_NEAR(facts->lengthM, 100, 0.01);
  EXPECT_EQ(facts->fromCode, "E1");
  EXPECT_EQ(facts->toCode, "E2");
  EXPECT_FALSE(pipeFacts(*project, 999));
  const auto xy = pipeVertices(*project, e1);
  ASSERT_EQ(xy.size(), 4u);
  EXPECT_DOUBLE_EQ(xy[0], 500100);
  EXPECT_DOUBLE_EQ(xy[2], 500200);
  EXPECT_TRUE(pipeVertices(*project, 999).empty());
  EXPECT_EQ(NetworkGraph::load(*project).edgeCount(), 2u);
}

TEST_F(AppQueriesTest, AFindingsLabelIsOneTextAndNothingOnceItIsGone) {
  EXPECT_EQ(findingLabel(*project, catalogues, {"defect", defectId}).value_or(""), "e1 PL4 @ 30 m");
  const auto* type = MisconnectionCatalogue::find(catalogues.misconnections.types(), "rain_into_sewage");
  ASSERT_TRUE(type);
  EXPECT_EQ(findingLabel(*project, catalogues, {"misconnection", pointId}).value_or(""),
            "#" + std::to_string(pointId) + " " + type->name);
  EXPECT_EQ(orders->describe({"misconnection", pointId}).label, "#" + std::to_string(pointId) + " " + type->name);
  EXPECT_FALSE(findingLabel(*project, catalogues, {"defect", 999}));
  EXPECT_FALSE(findingLabel(*project, catalogues, {"misconnection", 999}));
}

TEST_F(AppQueriesTest, AssigneesAndOrderReferences) {
  EXPECT_TRUE(orderAssignees(*project).empty());
  OrderDraft draft;
  draft.items = {{"defect", defectId}};
  draft.assignee = "二队";
  const auto first = orders->create(draft, "admin");
  draft.items = {{"misconnection", pointId}};
  draft.assignee = "一队";
  orders->create(draft, "admin");
  EXPECT_EQ(orderAssignees(*project), (std::vector<std::string>{"一队", "二队"}));
  const auto ref = orderRef(*project, first);
  ASSERT_TRUE(ref);
  EXPECT_EQ(ref->number, orders->order(first)->number);
  EXPECT_EQ(ref->state, OrderState::Draft);
  EXPECT_FALSE(orderRef(*project, 999));
}

TEST_F(AppQueriesTest, InspectedPipesImportRunsAndAttachments) {
  EXPECT_EQ(findings->inspectedPipes(), (std::vector<std::int64_t>{pipeIdOf(*project, "e1")}));
  requireImportRun(*project, project->db().scalarInt("SELECT max(id) FROM import_runs"));
  try {
    requireImportRun(*project, 999);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
    EXPECT_THAT(e.what(), HasSubstr("999"));
  }
  EXPECT_THROW(readAttachment(*project, 999), Error);
}

TEST_F(AppQueriesTest, AChangeIsKeptWholeOrNotAtAll) {
  const auto before = findings->misconnections().size();
  MisconnectionRecord mc;
  mc.location = Point{500160, 3350130};
  mc.kind = "rain_into_sewage";
  EXPECT_THROW(project->inTransaction([&] {
    findings->addMisconnection(mc, "甲");
    throwBadInput("a later step fails");
  }),
               Error);
  EXPECT_EQ(findings->misconnections().size(), before);
  project->inTransaction([&] {
    findings->addMisconnection(mc, "甲");
    findings->addMisconnection(mc, "甲");
  });
  EXPECT_EQ(findings->misconnections().size(), before + 2);
}

}  // namespace
}  // namespace pw
