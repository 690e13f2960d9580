// The rectification data of the benchmarks (bench_orders.h): findings as a survey records them and orders taken
// through the workflow with their events, written by SQL in one transaction; factored out of bench_kpi.cpp so that
// the KPI and report benchmarks time the same data.
#include "bench_orders.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_data.h"
#include "inspect/project_catalogues.h"
#include "orders/order_rules.h"
#include "store/project.h"

namespace pw::bench {
namespace {

constexpr const char* kUser = "admin";  // the administrator every project has
constexpr const char* kNow = kOrdersNow;

using Clock = std::chrono::system_clock;
using Seconds = std::chrono::sys_seconds;

Seconds parseIso(const std::string& text) {  // YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ
  using namespace std::chrono;
  const year_month_day ymd{year{std::stoi(text.substr(0, 4))},
                           month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
                           day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
  Seconds t = sys_days(ymd);
  if (text.size() >= 19) {
    t += hours(std::stoi(text.substr(11, 2))) + minutes(std::stoi(text.substr(14, 2))) +
         seconds(std::stoi(text.substr(17, 2)));
  }
  return t;
}

std::string isoTime(Seconds t) {
  const std::time_t tt = Clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}
std::string isoDay(Seconds t) { return isoTime(t).substr(0, 10); }

struct Finding {
  std::string entity;  // defect | misconnection
  std::int64_t id = 0;
  std::int64_t district = 0;
  int grade = 0;  // defect grade 1-4, or 2 for a point
};

/// Inspections, defects and misconnection points as a survey records them (geometry columns NULL: the KPIs read
/// districts, lengths and grades). Returns the findings orders may be raised from: the defects of each pipe's latest
/// inspection and the points.
std::vector<Finding> addFindings(pw::Project& project, std::mt19937_64& random, std::int64_t defects,
                                 std::int64_t misconnections) {
  auto& db = project.db();
  const auto catalogues = pw::loadProjectCatalogues(project);
  const auto& types = catalogues.defects.types();
  struct Pipe {
    std::int64_t id, district;
    double length;
  };
  std::vector<Pipe> pipes;
  auto st = db.prepare("SELECT id, coalesce(district_id, 0), length_m FROM pipes WHERE length_m > 0");
  while (st.step()) pipes.push_back({st.int64(0), st.int64(1), st.real(2)});
  if (pipes.empty()) throw std::runtime_error("no pipes in " + project.path() + " (a stale cache? delete it)");
  auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(random); };
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  std::shuffle(pipes.begin(), pipes.end(), random);
  pipes.resize(std::max<std::size_t>(1, pipes.size() / 10));

  auto inspection = db.prepare(
      "INSERT INTO inspections (pipe_id, inspected_on, method, direction, team, inspected_length, created_by, "
      "created_at) VALUES (?, ?, 'cctv', 'with_flow', 'bench team', ?, ?, ?)");
  struct Inspection {
    std::int64_t id, district;
    double length;
    bool latest;
  };
  std::vector<Inspection> inspections;
  for (std::size_t i = 0; i < pipes.size(); ++i) {
    for (const char* year : {"2025", "2019"}) {
      if (year[3] == '9' && i % 10 != 0) continue;  // a tenth of the pipes were inspected before
      const std::string date = std::string(year) + (pick(2) == 0 ? "-04-" : "-10-") + std::to_string(10 + pick(19));
      inspection.reset();
      inspection.bind(1, pipes[i].id)
          .bind(2, date)
          .bind(3, pipes[i].length)
          .bind(4, kUser)
          .bind(5, date + "T09:00:00Z")
          .run();
      inspections.push_back({db.lastInsertRowid(), pipes[i].district, pipes[i].length, year[3] == '5'});
    }
  }
  std::vector<Finding> out;
  auto defect = db.prepare(
      "INSERT INTO defects (inspection_id, code, grade, distance_m, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)");
  for (std::int64_t n = 0; n < defects; ++n) {
    const auto& in = inspections[pick(inspections.size())];
    const auto& type = types[pick(types.size())];
    const int grade = type.grades[pick(type.grades.size())].grade;
    defect.reset();
    defect.bind(1, in.id).bind(2, type.code).bind(3, grade).bind(4, uniform(0, in.length)).bind(5, kUser);
    defect.bind(6, "2025-11-01T09:00:00Z").run();
    if (in.latest && in.district) out.push_back({"defect", db.lastInsertRowid(), in.district, grade});
  }
  std::vector<std::pair<std::int64_t, std::int64_t>> rain;  // pipe, district
  auto rainPipes = db.prepare("SELECT id, district_id FROM pipes WHERE drainage = 'rain' AND district_id IS NOT NULL");
  while (rainPipes.step()) rain.emplace_back(rainPipes.int64(0), rainPipes.int64(1));
  const auto& kinds = catalogues.misconnections.types();
  const auto& statuses = catalogues.misconnections.statuses();
  auto point = db.prepare(
      "INSERT INTO misconnections (pipe_id, district_id, kind, cod_mg_l, status, created_by, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, '2025-08-01T09:00:00Z')");
  for (std::int64_t n = 0; n < misconnections && !rain.empty(); ++n) {
    const auto& [pipe, district] = rain[pick(rain.size())];
    point.reset();
    point.bind(1, pipe).bind(2, district).bind(3, kinds[pick(kinds.size())].key).bind(4, uniform(50, 400));
    point.bind(5, statuses[pick(statuses.size())].key).bind(6, kUser).run();
    out.push_back({"misconnection", db.lastInsertRowid(), district, 2});
  }
  return out;
}

/// `count` orders over the year before kNow, each raised from one finding, with the events of their workflow.
void addOrders(pw::Project& project, std::mt19937_64& random, std::vector<Finding> findings, std::int64_t count) {
  auto& db = project.db();
  if (findings.empty()) throw std::runtime_error("no findings to raise orders from");
  const auto rules = pw::loadOrderRules(project);
  std::map<std::int64_t, std::string> codes;
  auto districts = db.prepare("SELECT id, code FROM districts");
  while (districts.step()) codes.emplace(districts.int64(0), districts.text(1));
  std::shuffle(findings.begin(), findings.end(), random);
  auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(random); };
  auto chance = [&](double p) { return uniform(0, 1) < p; };
  auto days = [](double d) { return std::chrono::seconds(static_cast<std::int64_t>(d * 86400)); };
  const Seconds now = parseIso(kNow);
  const Seconds start = now - std::chrono::days(365);
  std::map<std::string, int> sequence;  // per district and year

  auto order = db.prepare(
      "INSERT INTO orders (number, district_id, kind, state, resume_state, priority, assignee, deadline, issued_at, "
      "closed_at, created_by, created_at, updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?)");
  auto item = db.prepare("INSERT INTO order_items (order_id, entity, entity_id) VALUES (?, ?, ?)");
  auto event = db.prepare(
      "INSERT INTO order_events (order_id, at, user_name, action, from_state, to_state, note, deadline_before, "
      "deadline_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  struct Event {
    Seconds at;
    const char* action;
    std::string from, to;
    const char* note = nullptr;
    std::optional<std::string> deadlineBefore, deadlineAfter;
  };
  for (std::int64_t n = 0; n < count; ++n) {
    const Finding& f = findings[static_cast<std::size_t>(n) % findings.size()];
    static constexpr const char* kByGrade[] = {"low", "low", "normal", "high", "urgent"};
    const std::string priority = f.entity == "misconnection" ? "high" : kByGrade[std::clamp(f.grade, 0, 4)];
    const std::string kind = f.entity == "misconnection" ? "separation" : "repair";
    const Seconds created = start + days(uniform(0, 365));
    std::string deadline = isoDay(created + std::chrono::days(rules.daysFor(priority)));
    std::vector<Event> events{{created, "create", "", "draft"}};
    std::string state = "draft", resume;
    Seconds t = created;
    // Each step happens `lo`-`hi` days after the previous one, unless that is after today: the order stops there.
    auto step = [&](double lo, double hi, const char* action, const std::string& to, const char* note = nullptr) {
      t += days(uniform(lo, hi));
      if (t > now) return false;
      events.push_back({t, action, state, to, note});
      state = to;
      return true;
    };
    [&] {
      if (!step(0, 2, "issue", "issued")) return;
      deadline = isoDay(t + std::chrono::days(rules.daysFor(priority)));
      if (chance(0.03)) {
        step(1, 20, "cancel", "cancelled", "duplicate of another order");
        return;
      }
      if (chance(0.04) || !step(0, 2, "accept", "accepted")) return;    // some are never taken up
      if (!step(0, 3, "start", "in_progress") || chance(0.08)) return;  // some stall in the work
      const double work = rules.daysFor(priority) * uniform(0.2, 1.3);  // about a fifth finish late
      if (chance(0.05)) {
        if (!step(1, work / 2, "suspend", "suspended", "road closed")) return;
        const std::string extended = isoDay(parseIso(deadline) + std::chrono::days(30));
        events.back().deadlineBefore = deadline;
        events.back().deadlineAfter = extended;
        deadline = extended;
        resume = "in_progress";
        if (!step(5, 20, "resume", "in_progress")) return;
        resume.clear();
      }
      if (!step(work / 2, work, "submit", "submitted")) return;
      for (int round = 0; round < 2 && chance(0.15); ++round) {
        if (!step(0.5, 3, "return", "returned", "the re-inspection still shows the defect") ||
            !step(0.5, 3, "start", "in_progress") || !step(2, 10, "submit", "submitted")) {
          return;
        }
      }
      step(0.5, 5, "close", "closed");
    }();
    if (state == "suspended") resume = "in_progress";
    const std::string code = codes.count(f.district) ? codes[f.district] : "D" + std::to_string(f.district);
    const std::string year = isoDay(created).substr(0, 4);
    char number[64];
    std::snprintf(number, sizeof number, "%s-%s-%04d", code.c_str(), year.c_str(), ++sequence[code + year]);
    std::optional<std::string> issuedAt, closedAt;
    for (const auto& e : events) {
      if (std::string(e.action) == "issue") issuedAt = isoTime(e.at);
      if (std::string(e.action) == "close") closedAt = isoTime(e.at);
    }
    order.reset();
    order.bind(1, std::string(number)).bind(2, f.district).bind(3, kind).bind(4, state);
    order.bind(5, resume.empty() ? std::optional<std::string>{} : std::optional(resume)).bind(6, priority);
    order.bind(7, "bench team").bind(8, deadline).bind(9, issuedAt).bind(10, closedAt).bind(11, kUser);
    order.bind(12, isoTime(created)).bind(13, kUser).bind(14, isoTime(events.back().at));
    order.bind(15, static_cast<std::int64_t>(events.size())).run();
    const auto id = db.lastInsertRowid();
    item.reset();
    item.bind(1, id).bind(2, f.entity).bind(3, f.id).run();
    for (const auto& e : events) {
      event.reset();
      event.bind(1, id).bind(2, isoTime(e.at)).bind(3, kUser).bind(4, e.action);
      event.bind(5, e.from.empty() ? std::optional<std::string>{} : std::optional(e.from)).bind(6, e.to);
      event.bind(7, e.note ? std::optional<std::string>(e.note) : std::nullopt);
      event.bind(8, e.deadlineBefore).bind(9, e.deadlineAfter).run();
    }
  }
}

}  // namespace

std::string kpiProjectFor(std::int64_t pipes) {
  const std::string city = pw::bench::projectFor(pipes);
  const std::string path =
      (std::filesystem::path(city).parent_path() / ("kpi-" + std::to_string(pipes) + ".sqlite")).string();
  if (!std::filesystem::exists(path)) {
    const auto started = std::chrono::steady_clock::now();
    const std::string partial = pw::bench::partialPath(path);
    std::filesystem::copy_file(city, partial, std::filesystem::copy_options::overwrite_existing);
    {
      auto project = pw::Project::open(partial);  // brings the city to the current schema
      std::mt19937_64 random(758);
      pw::sql::Transaction tx(project->db());
      auto findings = addFindings(*project, random, pipes / 5, pipes / 500);
      addOrders(*project, random, std::move(findings), pipes / 10);
      tx.commit();
      project->db().exec("ANALYZE");
      project->db().exec("PRAGMA main.wal_checkpoint(TRUNCATE)");
    }
    std::filesystem::rename(partial, path);
    std::cerr << "generated " << path << " in "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() << " s\n";
  }
  return path;
}

}  // namespace pw::bench
