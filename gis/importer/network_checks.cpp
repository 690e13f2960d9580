#include "importer/network_checks.h"

#include <cmath>
#include <limits>
#include <unordered_map>

#include "core/error.h"
#include "core/feedback.h"
#include "geom/spatialite_blob.h"
#include "store/sqlite.h"

namespace pw {
namespace {

Issue networkIssue(Role layer, std::int64_t featureNo, const std::string& code, const char* check,
                   const std::string& field, const std::string& value, const char* messageTemplate,
                   std::vector<std::string> extra, std::optional<Point> where) {
  Issue is;
  is.layer = layer;
  is.featureNo = featureNo;
  is.recordCode = code;
  is.check = check;
  is.severity = Severity::Warning;
  is.field = field;
  is.value = value;
  is.messageTemplate = messageTemplate;
  is.args = {featureNo > 0 ? std::to_string(featureNo) : "-", code, field, value};
  for (auto& e : extra) is.args.push_back(std::move(e));
  is.where = where;
  is.network = true;
  return is;
}

double distance(const Point& a, const Point& b) { return std::hypot(a.x - b.x, a.y - b.y); }

void checkPipeEnds(sql::Database& db, double tolerance, Feedback* feedback, std::vector<Issue>& issues) {
  // Manholes by id (pipes are linked to them by id when written); by code only for pipes not linked yet.
  std::vector<Point> byId;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  {
    byId.assign(static_cast<std::size_t>(db.scalarInt("SELECT coalesce(max(id), 0) FROM manholes")) + 1, {nan, nan});
    auto st = db.prepare("SELECT id, geom FROM manholes WHERE geom IS NOT NULL");
    while (st.step()) {
      if (auto p = blob::decodePoint(st.blob(1))) byId[static_cast<std::size_t>(st.int64(0))] = *p;
    }
  }
  if (byId.size() <= 1) return;  // no manholes to check pipe ends against yet
  std::unordered_map<std::string, std::int64_t> byCode;
  if (db.scalarInt("SELECT EXISTS (SELECT 1 FROM pipes WHERE (from_manhole_id IS NULL AND from_code <> '') OR "
                   "(to_manhole_id IS NULL AND to_code <> ''))")) {
    auto st = db.prepare("SELECT code, id FROM manholes");
    while (st.step()) byCode.emplace(st.text(0), st.int64(1));
  }
  auto resolve = [&](const sql::Statement& st, int idColumn, const std::string& code) -> std::int64_t {
    if (!st.isNull(idColumn)) return st.int64(idColumn);
    if (code.empty()) return 0;
    const auto it = byCode.find(code);
    return it == byCode.end() ? 0 : it->second;
  };

  struct Link {
    std::int64_t pipe, from, to;
  };
  std::vector<Link> relinks;
  auto st = db.prepare(
      "SELECT id, code, from_code, to_code, from_manhole_id, to_manhole_id, feature_no, geom FROM pipes "
      "WHERE geom IS NOT NULL");
  std::vector<double> xy;
  std::int64_t done = 0;
  const std::string tol = formatNumber(tolerance, 2);
  while (st.step()) {
    if (feedback && ++done % 100000 == 0) feedback->progress("check network", done, 0);
    if (!blob::decodeLineString(st.blob(7), xy) || xy.size() < 4) continue;
    const std::string fromCode = st.text(2);
    const std::string toCode = st.text(3);
    const std::int64_t fromId = resolve(st, 4, fromCode);
    const std::int64_t toId = resolve(st, 5, toCode);
    if ((st.isNull(4) && fromId) || (st.isNull(5) && toId)) relinks.push_back({st.int64(0), fromId, toId});
    const bool fromMissing = !fromCode.empty() && !fromId;
    const bool toMissing = !toCode.empty() && !toId;
    const double dStart = fromId ? distance({xy[0], xy[1]}, byId[static_cast<std::size_t>(fromId)]) : 0;
    const double dEnd =
        toId ? distance({xy[xy.size() - 2], xy[xy.size() - 1]}, byId[static_cast<std::size_t>(toId)]) : 0;
    if (!fromMissing && !toMissing && dStart <= tolerance && dEnd <= tolerance) continue;  // the usual case
    const std::string code = st.text(1);
    const std::int64_t featureNo = st.isNull(6) ? -1 : st.int64(6);
    const Point start{xy[0], xy[1]};
    const Point end{xy[xy.size() - 2], xy[xy.size() - 1]};
    if (fromMissing) {
      issues.push_back(networkIssue(Role::Pipes, featureNo, code, "missing_manhole", "from_code", fromCode,
                                    PW_TR("Pipe %2 (feature %1): its upstream manhole %4 is not in the project "
                                          "(dangling pipe end)"),
                                    {}, start));
    }
    if (toMissing) {
      issues.push_back(networkIssue(Role::Pipes, featureNo, code, "missing_manhole", "to_code", toCode,
                                    PW_TR("Pipe %2 (feature %1): its downstream manhole %4 is not in the project "
                                          "(dangling pipe end)"),
                                    {}, end));
    }
    if (!fromId || !toId) continue;
    const Point& from = byId[static_cast<std::size_t>(fromId)];
    const Point& to = byId[static_cast<std::size_t>(toId)];
    if (distance(start, to) <= tolerance && distance(end, from) <= tolerance) {
      issues.push_back(networkIssue(Role::Pipes, featureNo, code, "drawn_reversed", "", "",
                                    PW_TR("Pipe %2 (feature %1): the line is drawn from its downstream manhole to its "
                                          "upstream one, against its from/to ids"),
                                    {}, start));
      continue;
    }
    if (dStart > tolerance) {
      issues.push_back(networkIssue(Role::Pipes, featureNo, code, "end_far_from_manhole", "from_code", fromCode,
                                    PW_TR("Pipe %2 (feature %1): its start is %5 m from its upstream manhole %4 "
                                          "(tolerance %6 m)"),
                                    {formatNumber(dStart, 2), tol}, start));
    }
    if (dEnd > tolerance) {
      issues.push_back(networkIssue(Role::Pipes, featureNo, code, "end_far_from_manhole", "to_code", toCode,
                                    PW_TR("Pipe %2 (feature %1): its end is %5 m from its downstream manhole %4 "
                                          "(tolerance %6 m)"),
                                    {formatNumber(dEnd, 2), tol}, end));
    }
  }
  auto update = db.prepare("UPDATE pipes SET from_manhole_id = ?, to_manhole_id = ? WHERE id = ?");
  for (const auto& l : relinks) {
    if (l.from) {
      update.bind(1, l.from);
    } else {
      update.bindNull(1);
    }
    if (l.to) {
      update.bind(2, l.to);
    } else {
      update.bindNull(2);
    }
    update.bind(3, l.pipe).run();
  }
}

void checkOutsideDistricts(sql::Database& db, std::vector<Issue>& issues) {
  if (db.scalarInt("SELECT count(*) FROM districts") == 0) return;
  std::vector<double> xy;
  auto pipes = db.prepare("SELECT code, feature_no, geom FROM pipes WHERE district_id IS NULL");
  while (pipes.step()) {
    std::optional<Point> at;
    if (blob::decodeLineString(pipes.blob(2), xy) && xy.size() >= 2) at = Point{xy[0], xy[1]};
    issues.push_back(networkIssue(Role::Pipes, pipes.isNull(1) ? -1 : pipes.int64(1), pipes.text(0),
                                  "outside_districts", "", "",
                                  PW_TR("Pipe %2 (feature %1) lies outside every district"), {}, at));
  }
  auto manholes = db.prepare("SELECT code, feature_no, geom FROM manholes WHERE district_id IS NULL");
  while (manholes.step()) {
    issues.push_back(networkIssue(
        Role::Manholes, manholes.isNull(1) ? -1 : manholes.int64(1), manholes.text(0), "outside_districts", "", "",
        PW_TR("Manhole %2 (feature %1) lies outside every district"), {}, blob::decodePoint(manholes.blob(2))));
  }
}

}  // namespace

std::vector<Issue> checkNetwork(sql::Database& db, double tolerance, Feedback* feedback) {
  std::vector<Issue> issues;
  checkPipeEnds(db, tolerance, feedback, issues);
  checkOutsideDistricts(db, issues);
  return issues;
}

}  // namespace pw
