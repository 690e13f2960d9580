// Rectification orders from the command line on the sample city: an order from creation to verified closure, returns,
// suspensions and cancellations with their notes, the refusals and their exit codes, bulk creation, lists, the to-do
// lists, the KPIs and their drill-down, and the order rules. The clock is fixed through PIPEWARD_NOW, which the runner
// passes on to the CLI with the rest of this process's environment.
#include <cstdlib>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "cli_sample_city.h"
#include "core/tempdir.h"
#include "test_images.h"

namespace pw::test {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

/// Sets the CLI's clock (a day of March 2026, at 08:00 UTC).
void today(const std::string& day) { setenv("PIPEWARD_NOW", (day + "T08:00:00Z").c_str(), 1); }

/// 滨江区 (330108) and 开发区 (330112) of the sample city. Users: admin; 滨经理 and 开经理, the managers of the two
/// districts; 张工 and 李工 of the field teams 一队 and 二队; 规划, a planner. Findings recorded on 2026-03-01: on
/// YS-0824 (滨江区) a PL grade 3 and a CK grade 2, on WS-0766 (滨江区) a PL grade 4, on WS-0974 (开发区) a PL grade 4,
/// and a severe misconnection on YS-0824 (COD 250).
class CliOrders : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    today("2026-03-01");
    shared = new TempDir();
    const std::string project = shared->path() + "/city.sqlite";
    ASSERT_NO_FATAL_FAILURE(createSampleCity(project));
    ASSERT_NO_FATAL_FAILURE(addCliUsers(project, {{"滨经理", "--role", "district_manager", "--district", "330108"},
                                                  {"开经理", "--role", "district_manager", "--district", "开发区"},
                                                  {"张工", "--role", "field_team", "--team", "一队"},
                                                  {"李工", "--role", "field_team", "--team", "二队"},
                                                  {"规划", "--role", "planner"}}));
    auto inspect = [&](const std::string& pipe) {
      const auto r = runCli({"--json", "inspection", "add", project, "--pipe", pipe, "--date", "2026-03-01"});
      EXPECT_EQ(r.exitCode, 0) << r.err;
      return std::to_string(r.json()["id"].get<int>());
    };
    auto defect = [&](const std::string& inspection, const std::string& code, const std::string& grade,
                      const std::string& distance) {
      const auto r = runCli({"--json", "defect", "add", project, "--inspection", inspection, "--code", code, "--grade",
                             grade, "--distance", distance});
      EXPECT_EQ(r.exitCode, 0) << r.err;
      return std::to_string(r.json()["id"].get<int>());
    };
    const auto ys = inspect("YS-0824");
    ysFracture = defect(ys, "PL", "3", "12.5");
    ysOffset = defect(ys, "CK", "2", "20");
    wsFracture = defect(inspect("WS-0766"), "PL", "4", "10");
    eastFracture = defect(inspect("WS-0974"), "PL", "4", "5");
    const auto r = runCli(
        {"--json", "misconnection", "add", project, "--pipe", "YS-0824", "--type", "sewage_into_rain", "--cod", "250"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    point = std::to_string(r.json()["id"].get<int>());
  }
  static void TearDownTestSuite() {
    delete shared;
    unsetenv("PIPEWARD_NOW");
  }
  static TempDir* shared;
  static std::string ysFracture, ysOffset, wsFracture, eastFracture, point;

  TempDir dir;
  std::string project;
  void SetUp() override {
    today("2026-03-02");
    project = copyProject(shared->path() + "/city.sqlite", dir.path());
  }

  /// Runs `args` as `user`, expecting success.
  CliResult ok(std::vector<std::string> args, const std::string& user = "admin") {
    return runCliOk(std::move(args), user);
  }
  /// `order ACTION PROJECT ORDER ... --user USER`, returning the result whatever the exit code.
  CliResult order(const std::string& action, const std::string& number, const std::string& user,
                  std::vector<std::string> more = {}) {
    std::vector<std::string> args{"--json", "order", action, project, number, "--user", user};
    args.insert(args.end(), more.begin(), more.end());
    return runCli(args);
  }
  /// Creates a draft order as the manager of 滨江区 and returns its number.
  std::string create(const std::vector<std::string>& options, const std::string& user = "滨经理") {
    std::vector<std::string> args{"--json", "order", "create", project};
    args.insert(args.end(), options.begin(), options.end());
    const auto r = ok(args, user);
    return r.json().value("number", std::string());
  }
  json show(const std::string& number) { return ok({"--json", "order", "show", project, number}).json(); }
  std::string state(const std::string& number) { return show(number)["order"]["state"]; }
  void steps(const std::string& number, const std::vector<std::pair<std::string, std::string>>& actionsAndUsers) {
    for (const auto& [action, user] : actionsAndUsers) {
      const auto r = order(action, number, user);
      ASSERT_EQ(r.exitCode, 0) << action << " by " << user << ": " << r.err;
    }
  }
  std::string file(const std::string& name, const std::string& bytes) {
    const std::string path = dir.path() + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
};

TempDir* CliOrders::shared = nullptr;
std::string CliOrders::ysFracture, CliOrders::ysOffset, CliOrders::wsFracture, CliOrders::eastFracture,
    CliOrders::point;

}  // namespace

TEST_F(CliOrders, AnOrderGoesFromCreationToVerifiedClosure) {
  auto r = ok({"--json", "order", "create", project, "--defect", ysFracture, "--assignee", "一队", "--description",
               "replace the broken section"},
              "滨经理");
  const auto created = r.json();
  const std::string number = created["number"];
  EXPECT_EQ(number, "330108-2026-0001");
  EXPECT_EQ(created["state"], "draft");
  EXPECT_EQ(created["kind"], "repair");
  EXPECT_EQ(created["district"], "滨江区");
  EXPECT_EQ(created["items"][0]["entity"], "defect");
  EXPECT_EQ(order("issue", number, "张工").exitCode, 5);  // a field team does not issue
  steps(number, {{"issue", "滨经理"}});
  r = order("accept", number, "李工");  // not their team's order
  EXPECT_EQ(r.exitCode, 5);
  EXPECT_THAT(r.err, HasSubstr("assigned to 一队"));
  steps(number, {{"accept", "张工"}, {"start", "张工"}});
  const auto photo = file("after.png", testPng());  // a whole image: evidence is decoded before it is kept
  r = order("submit", number, "张工", {"--evidence", photo, "--note", "section replaced"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["state"], "submitted");
  EXPECT_EQ(r.json()["event"]["evidence"].size(), 1u);

  // Closing: never by the team or another district's manager; by the manager only once the pipe is re-inspected.
  r = order("close", number, "张工");
  EXPECT_EQ(r.exitCode, 5);
  EXPECT_THAT(r.err, HasSubstr("Not permitted"));
  EXPECT_EQ(order("close", number, "开经理").exitCode, 5);
  r = order("close", number, "滨经理");
  EXPECT_EQ(r.exitCode, 2);
  ASSERT_EQ(r.json()["unresolved"].size(), 1u);
  EXPECT_EQ(r.json()["unresolved"][0]["label"], "YS-0824 PL");
  EXPECT_THAT(r.json()["unresolved"][0]["reason"].get<std::string>(), HasSubstr("has not been re-inspected"));
  r = runCli({"order", "close", project, number, "--user", "滨经理"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("Not yet verified resolved:\n  YS-0824 PL: pipe YS-0824 has not been re-inspected"));
  auto shown = show(number);
  ASSERT_EQ(shown["blocking_closure"].size(), 1u);
  EXPECT_EQ(shown["possible_steps"], json({"return", "close", "cancel"}));  // what the acting user (admin) may do
  today("2026-03-05");
  ok({"inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-03-05", "--team", "一队"},
     "张工");  // no defect
  shown = show(number);
  EXPECT_TRUE(shown["blocking_closure"].empty());
  r = order("close", number, "滨经理", {"--actual-cost", "1200"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["state"], "closed");
  EXPECT_EQ(r.json()["closed_at"], "2026-03-05T08:00:00Z");
  EXPECT_DOUBLE_EQ(r.json()["actual_cost"].get<double>(), 1200.0);
  shown = show(number);
  std::vector<std::string> actions;
  for (const auto& e : shown["events"]) actions.push_back(e["action"]);
  EXPECT_EQ(actions, (std::vector<std::string>{"create", "issue", "accept", "start", "submit", "close"}));
  EXPECT_EQ(shown["events"][4]["note"], "section replaced");
  EXPECT_EQ(shown["events"][4]["evidence"].size(), 1u);
  EXPECT_EQ(shown["findings"][0]["pipe"], "YS-0824");
  // The text view: fields, findings and the timeline with who, when and the note.
  r = ok({"order", "show", project, number});
  EXPECT_THAT(r.out, HasSubstr("Order 330108-2026-0001"));
  EXPECT_THAT(r.out, HasSubstr("defect " + ysFracture + ": pipe YS-0824, PL"));
  EXPECT_THAT(r.out, HasSubstr("Timeline:"));
  EXPECT_THAT(r.out, HasSubstr("submitted → closed"));
  EXPECT_THAT(r.out, HasSubstr("section replaced"));
}

TEST_F(CliOrders, ReturnSuspendResumeAndCancelKeepTheirNotes) {
  const auto number = create({"--misconnection", point, "--assignee", "二队", "--deadline", "2026-03-20"});
  steps(number, {{"issue", "滨经理"}, {"accept", "李工"}, {"start", "李工"}, {"submit", "李工"}});
  auto r = order("return", number, "滨经理");
  EXPECT_EQ(r.exitCode, 2);  // a return says why
  EXPECT_EQ(r.json()["field"], "note");
  r = order("return", number, "滨经理", {"--note", "the outlet still runs foul in dry weather"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["state"], "returned");
  const auto todo = ok({"--json", "todo", project}, "李工").json();
  ASSERT_EQ(todo["entries"].size(), 1u);
  EXPECT_EQ(todo["entries"][0]["reason"], "returned");
  EXPECT_THAT(todo["entries"][0]["reason_text"].get<std::string>(), HasSubstr("still runs foul"));
  // Suspended with the approved new deadline, and resumed where it was.
  r = order("suspend", number, "滨经理", {"--note", "road closed for works", "--deadline", "2026-04-30"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["state"], "suspended");
  EXPECT_EQ(r.json()["deadline"], "2026-04-30");
  EXPECT_EQ(r.json()["event"]["deadline_before"], "2026-03-20");
  EXPECT_EQ(r.json()["event"]["deadline_after"], "2026-04-30");
  r = order("resume", number, "滨经理");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["state"], "returned");
  EXPECT_EQ(order("cancel", number, "滨经理").exitCode, 2);  // a cancellation says why
  r = order("cancel", number, "滨经理", {"--note", "duplicate of a city-wide separation project"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["state"], "cancelled");
  r = ok({"order", "show", project, number});
  EXPECT_THAT(r.out, HasSubstr("the outlet still runs foul in dry weather"));
  EXPECT_THAT(r.out, HasSubstr("road closed for works; deadline 2026-03-20 → 2026-04-30"));
  EXPECT_THAT(r.out, HasSubstr("duplicate of a city-wide separation project"));
  // A cancelled order is final.
  EXPECT_EQ(order("resume", number, "滨经理").exitCode, 2);
}

TEST_F(CliOrders, RefusalsGiveTheDocumentedExitCodes) {
  const auto number = create({"--defect", ysFracture, "--assignee", "一队"});
  // Not permitted (5): a planner raising an order, another district's manager editing one, a team issuing.
  EXPECT_EQ(runCli({"order", "create", project, "--defect", ysOffset, "--user", "规划"}).exitCode, 5);
  auto r = runCli({"order", "edit", project, number, "--priority", "low", "--user", "开经理"});
  EXPECT_EQ(r.exitCode, 5);
  EXPECT_THAT(r.err, HasSubstr("another district"));
  // Conflict (6): a step taken on the version the user saw after someone else changed the order.
  const int seen = show(number)["order"]["version"];
  ok({"order", "edit", project, number, "--assignee", "二队"}, "滨经理");
  r = order("issue", number, "滨经理", {"--version", std::to_string(seen)});
  EXPECT_EQ(r.exitCode, 6);
  EXPECT_EQ(state(number), "draft");
  EXPECT_EQ(order("issue", number, "滨经理", {"--version", std::to_string(seen + 1)}).exitCode, 0);
  // Bad input (2), naming the field.
  r = order("show", "330108-2026-9999", "滨经理");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.json()["field"], "order");
  EXPECT_THAT(r.err, HasSubstr("There is no order 330108-2026-9999"));
  r = runCli(
      {"--json", "order", "create", project, "--defect", ysOffset, "--deadline", "31.12.2026", "--user", "滨经理"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.json()["field"], "deadline");
  r = runCli({"--json", "order", "edit", project, number, "--deadline", "2026-02-30", "--user", "滨经理"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.json()["field"], "deadline");
  steps(number, {{"accept", "李工"}, {"start", "李工"}});
  r = order("submit", number, "李工", {"--evidence", file("notes.txt", "not a photo")});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.json()["field"], "evidence");
  EXPECT_THAT(r.err, HasSubstr("notes.txt is not a photo or a PDF document"));
  steps(number, {{"submit", "李工"}});
  r = order("return", number, "滨经理", {"--note", "  "});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.json()["field"], "note");
  // A step the state does not allow is bad input too, and a usage error is 1.
  EXPECT_EQ(order("accept", number, "李工").exitCode, 2);
  EXPECT_EQ(runCli({"order", "approve", project, number}).exitCode, 1);
  EXPECT_EQ(runCli({"order", "issue", project, number, "--version", "two"}).exitCode, 2);
  EXPECT_EQ(state(number), "submitted");
}

TEST_F(CliOrders, BulkCreationMakesOneOrderPerPipeOrPointOnce) {
  // 滨江区: PL3 on YS-0824 and PL4 on WS-0766 are grade III or worse; CK2 is not.
  auto r = ok({"--json", "order", "bulk", project, "--district", "滨江区", "--findings", "structural", "--min-grade",
               "3", "--assignee", "一队", "--deadline", "2026-04-15"},
              "滨经理");
  ASSERT_EQ(r.json()["count"], 2);
  const auto doc = r.json();  // the loop must not range over a part of a temporary
  for (const auto& o : doc["orders"]) {
    EXPECT_EQ(o["state"], "draft");
    EXPECT_EQ(o["assignee"], "一队");
    EXPECT_EQ(o["deadline"], "2026-04-15");
    EXPECT_EQ(o["items"].size(), 1u);
  }
  r = ok({"--json", "order", "bulk", project, "--district", "330108", "--findings", "structural"}, "滨经理");
  EXPECT_EQ(r.json()["count"], 0);  // nothing left without an open order
  r = ok({"order", "bulk", project, "--district", "330108", "--findings", "structural"}, "滨经理");
  EXPECT_THAT(r.out, HasSubstr("no order was created"));
  r = ok({"--json", "order", "bulk", project, "--district", "330108", "--findings", "misconnection"}, "滨经理");
  ASSERT_EQ(r.json()["count"], 1);
  EXPECT_EQ(r.json()["orders"][0]["kind"], "separation");
  EXPECT_EQ(r.json()["orders"][0]["priority"], "urgent");  // a severe point
  EXPECT_EQ(runCli({"order", "bulk", project, "--district", "330108", "--findings", "structural", "--user", "开经理"})
                .exitCode,
            5);
  r = runCli(
      {"--json", "order", "bulk", project, "--district", "330108", "--findings", "cosmetic", "--user", "滨经理"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.json()["field"], "findings");
  EXPECT_EQ(runCli({"order", "bulk", project, "--findings", "structural"}).exitCode, 1);  // --district is required
}

TEST_F(CliOrders, ListsFilterAndTheToDoListsPutEachUsersWorkFirst) {
  const auto repair = create({"--defect", ysFracture, "--assignee", "一队", "--deadline", "2026-03-09"});
  const auto separation = create({"--misconnection", point, "--assignee", "一队", "--deadline", "2026-04-30"});
  const auto draft = create({"--defect", wsFracture, "--priority", "low"});
  const auto east = create({"--defect", eastFracture, "--assignee", "二队"}, "开经理");
  steps(repair, {{"issue", "滨经理"}});
  steps(separation, {{"issue", "滨经理"}, {"accept", "张工"}, {"start", "张工"}, {"submit", "张工"}});
  auto numbers = [&](std::vector<std::string> filter) {
    std::vector<std::string> args{"--json", "order", "list", project};
    args.insert(args.end(), filter.begin(), filter.end());
    std::vector<std::string> out;
    for (const auto& o : ok(args).json()) out.push_back(o["number"]);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(numbers({}).size(), 4u);
  EXPECT_EQ(numbers({"--district", "开发区"}), V{east});
  EXPECT_EQ(numbers({"--state", "draft", "--district", "330108"}), V{draft});
  EXPECT_EQ(numbers({"--kind", "separation"}), V{separation});
  EXPECT_EQ(numbers({"--assignee", "一队", "--state", "issued"}), V{repair});
  EXPECT_EQ(numbers({"--priority", "low"}), V{draft});
  EXPECT_EQ(numbers({"--overdue"}), V{});
  EXPECT_EQ(runCli({"order", "list", project, "--state", "finished"}).exitCode, 2);
  // The team sees its issued order to accept; the manager the submitted one to verify and the draft to issue.
  auto todo = ok({"--json", "todo", project}, "张工").json();
  ASSERT_EQ(todo["entries"].size(), 2u);
  EXPECT_EQ(todo["entries"][0]["reason"], "to_accept");
  EXPECT_EQ(todo["entries"][0]["order"]["number"], repair);
  EXPECT_EQ(todo["entries"][1]["order"]["number"], separation);
  EXPECT_TRUE(ok({"--json", "todo", project}, "李工").json()["entries"].empty());  // 二队's order is still a draft
  todo = ok({"--json", "todo", project}, "滨经理").json();
  std::vector<std::string> reasons;
  for (const auto& e : todo["entries"]) reasons.push_back(e["reason"]);
  EXPECT_EQ(reasons, (V{"to_verify", "to_issue", "due_soon"}));
  // Past the deadline: overdue, derived, first in everyone's list, marked in the table.
  today("2026-03-13");
  EXPECT_EQ(numbers({"--overdue"}), V{repair});
  EXPECT_EQ(numbers({"--open", "--district", "330108"}).size(), 3u);
  todo = ok({"--json", "todo", project}, "张工").json();
  EXPECT_EQ(todo["entries"][0]["reason"], "overdue");
  EXPECT_THAT(todo["entries"][0]["reason_text"].get<std::string>(), HasSubstr("overdue by 4 day(s)"));
  EXPECT_EQ(ok({"--json", "todo", project}, "滨经理").json()["entries"][0]["reason"], "overdue");
  auto r = ok({"order", "list", project, "--overdue"});
  EXPECT_THAT(r.out, HasSubstr("number"));
  EXPECT_THAT(r.out, HasSubstr("4 d"));
  EXPECT_THAT(r.out, HasSubstr("YS-0824 PL3 @ 12.5 m"));
  r = ok({"todo", project}, "张工");
  EXPECT_THAT(r.out, HasSubstr("To do for 张工 (field team 一队)"));
  EXPECT_THAT(r.out, HasSubstr("overdue by 4 day(s) (deadline 2026-03-09)"));
  r = ok({"todo", project}, "开经理");
  EXPECT_THAT(r.out, HasSubstr("draft: give it an assignee and a deadline, then issue it"));
  // The planner follows the separation work.
  todo = ok({"--json", "todo", project}, "规划").json();
  ASSERT_EQ(todo["entries"].size(), 1u);
  EXPECT_EQ(todo["entries"][0]["order"]["number"], separation);
}

TEST_F(CliOrders, KpisRankTheDistrictsAndEveryNumberHasItsOrders) {
  // 滨江区: one order closed on time, one past its deadline; 开发区: one submitted and returned.
  const auto onTime = create({"--defect", ysFracture, "--assignee", "一队", "--deadline", "2026-03-10"});
  const auto late = create({"--misconnection", point, "--assignee", "一队", "--deadline", "2026-03-15"});
  const auto returned = create({"--defect", eastFracture, "--assignee", "二队", "--deadline", "2026-03-25"}, "开经理");
  steps(onTime, {{"issue", "滨经理"}, {"accept", "张工"}, {"start", "张工"}});
  steps(late, {{"issue", "滨经理"}});
  steps(returned, {{"issue", "开经理"}, {"accept", "李工"}, {"start", "李工"}});
  today("2026-03-04");
  ok({"inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-03-04"});
  steps(onTime, {{"submit", "张工"}, {"close", "滨经理"}});
  steps(returned, {{"submit", "李工"}});
  ASSERT_EQ(order("return", returned, "开经理", {"--note", "joint not sealed"}).exitCode, 0);
  today("2026-03-20");

  const auto kpi = ok({"--json", "kpi", project, "--period", "2026-03"}).json();
  EXPECT_EQ(kpi["period"]["from"], "2026-03-01");
  EXPECT_EQ(kpi["reference_day"], "2026-03-20");
  ASSERT_EQ(kpi["districts"].size(), 5u);
  const auto& first = kpi["districts"][0];
  EXPECT_EQ(first["name"], "滨江区");
  EXPECT_EQ(first["rank"], 1);
  EXPECT_EQ(first["due"], 2);
  EXPECT_EQ(first["closed_of_due"], 1);
  EXPECT_DOUBLE_EQ(first["completion_rate"].get<double>(), 0.5);
  EXPECT_EQ(first["closed_on_time"], 1);
  EXPECT_EQ(first["late_open"], 1);
  EXPECT_EQ(first["overdue"], 1);
  EXPECT_DOUBLE_EQ(first["average_days_to_close"].get<double>(), 2.0);
  EXPECT_EQ(first["defects_by_grade"]["3"], 0);  // YS-0824's PL3 is gone in its latest inspection
  EXPECT_EQ(first["defects_by_grade"]["4"], 1);
  EXPECT_EQ(first["misconnections"], 1);
  EXPECT_EQ(kpi["city"]["returns"], 1);
  EXPECT_EQ(kpi["city"]["submissions"], 2);
  // Each number of each district and of the city is the length of its drill-down.
  auto drill = [&](const std::string& metric, const std::string& district) {
    std::vector<std::string> args{"--json", "kpi-orders", project, "--metric", metric, "--period", "2026-03"};
    if (!district.empty()) {
      args.push_back("--district");
      args.push_back(district);
    }
    return ok(args).json();
  };
  int compared = 0;
  auto compare = [&](const json& k, const std::string& district) {
    for (const auto& [metric, value] : k["metrics"].items()) {
      const auto d = drill(metric, district);
      EXPECT_EQ(d["count"], value) << metric << " of " << (district.empty() ? "the city" : district);
      EXPECT_EQ(d["orders"].size(), value.get<std::size_t>()) << metric;
      ++compared;
    }
  };
  for (const auto& k : kpi["districts"]) {
    if (k["code"] == "330108" || k["code"] == "330112") compare(k, k["code"]);
  }
  compare(kpi["city"], "");
  EXPECT_GE(compared, 3 * 12);
  const auto lateOrders = drill("late_open", "滨江区");
  ASSERT_EQ(lateOrders["orders"].size(), 1u);
  EXPECT_EQ(lateOrders["orders"][0]["number"], late);
  EXPECT_EQ(drill("returned", "")["orders"][0]["number"], returned);
  // The table: districts in rank order, then the city line.
  auto r = ok({"kpi", project, "--period", "2026-03"});
  EXPECT_THAT(r.out, HasSubstr("Rectification KPIs for 2026-03 (2026-03-01 to 2026-03-31), as of 2026-03-20"));
  EXPECT_THAT(r.out, HasSubstr("50.0% (1/2)"));
  EXPECT_LT(r.out.find("滨江区"), r.out.find("开发区"));
  EXPECT_LT(r.out.find("开发区"), r.out.find("\n   -  city"));
  // The current month by default, one district on request, and the refusals.
  EXPECT_EQ(ok({"--json", "kpi", project}).json()["period"]["label"], "2026-03");
  EXPECT_EQ(ok({"--json", "kpi", project, "--district", "开发区"}).json()["districts"].size(), 1u);
  r = runCli({"--json", "kpi", project, "--period", "2026-13"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.json()["field"], "period");
  r = runCli({"--json", "kpi-orders", project, "--metric", "happiness"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.json()["field"], "metric");
  r = ok({"kpi-orders", project, "--metric", "late_open", "--district", "330108"});
  EXPECT_THAT(r.out, HasSubstr(late));
}

TEST_F(CliOrders, OrderRulesAreSetByTheCityAdministratorOnly) {
  auto shown = ok({"--json", "order-rules", "show", project}).json();
  EXPECT_EQ(shown["source"], "default");
  EXPECT_EQ(shown["rules"]["deadline_days"]["urgent"], 7);
  json rules = shown["rules"];
  rules["deadline_days"]["urgent"] = 3;
  const auto good = file("rules.json", rules.dump());
  auto r = runCli({"order-rules", "set", project, good, "--user", "滨经理"});
  EXPECT_EQ(r.exitCode, 5);
  EXPECT_THAT(r.err, HasSubstr("city administrator"));
  r = ok({"order-rules", "set", project, good});
  EXPECT_THAT(r.out, HasSubstr("urgent 3"));
  shown = ok({"--json", "order-rules", "show", project}, "张工").json();
  EXPECT_EQ(shown["source"], "project");
  EXPECT_EQ(shown["rules"]["deadline_days"]["urgent"], 3);
  // A malformed file is refused naming the key, and the rules in force stay.
  rules["deadline_days"]["high"] = "soon";
  r = runCli({"--json", "order-rules", "set", project, file("bad.json", rules.dump())});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.json()["field"], "deadline_days.high");
  EXPECT_THAT(r.err, HasSubstr("deadline_days.high"));
  EXPECT_EQ(runCli({"order-rules", "set", project, file("broken.json", "{\"deadline_days\": ")}).exitCode, 2);
  EXPECT_EQ(ok({"--json", "order-rules", "show", project}).json()["rules"]["deadline_days"]["urgent"], 3);
  // New orders follow the new rules.
  const auto number = create({"--defect", ysFracture, "--priority", "urgent"});
  EXPECT_EQ(show(number)["order"]["deadline"], "2026-03-05");
}

TEST_F(CliOrders, TheUsageNamesTheOrderCommands) {
  const auto r = runCli({"--help"});
  EXPECT_EQ(r.exitCode, 0);
  for (const char* command :
       {"order create", "order bulk", "order edit", "order issue|accept", "order list", "order show", "todo PROJECT",
        "kpi PROJECT", "kpi-orders PROJECT", "order-rules show|set"}) {
    EXPECT_THAT(r.out, HasSubstr(command));
  }
}

}  // namespace pw::test
