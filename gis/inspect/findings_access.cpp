// Who may change which findings: the user must exist, and their role allow it (access/users.h).
#include "access/users.h"
#include "core/error.h"
#include "inspect/finding_holds.h"
#include "inspect/findings.h"
#include "store/project.h"

namespace pw {

std::optional<std::int64_t> FindingsStore::districtOfPipe(std::int64_t pipeId) {
  auto st = m_project.db().prepare("SELECT district_id FROM pipes WHERE id = ?");
  st.bind(1, pipeId);
  if (!st.step() || st.isNull(0)) return std::nullopt;
  return st.int64(0);
}

void FindingsStore::requireCreate(const std::string& user, std::optional<std::int64_t> districtId) {
  if (districtId && *districtId == 0) districtId.reset();
  requireFindingsCreate(UserStore(m_project).require(user), districtId);
}

void FindingsStore::requireEdit(const std::string& user, const std::string& entity, std::int64_t id) {
  const User actor = UserStore(m_project).require(user);
  std::string sql;
  if (entity == "inspection") {
    sql = "SELECT p.district_id, i.created_by FROM inspections i JOIN pipes p ON p.id = i.pipe_id WHERE i.id = ?";
  } else if (entity == "defect") {
    sql =
        "SELECT p.district_id, d.created_by FROM defects d JOIN inspections i ON i.id = d.inspection_id "
        "JOIN pipes p ON p.id = i.pipe_id WHERE d.id = ?";
  } else {
    sql = "SELECT district_id, created_by FROM misconnections WHERE id = ?";
  }
  auto st = m_project.db().prepare(sql);
  st.bind(1, id);
  if (!st.step()) return;  // the caller reports the missing record
  const std::optional<std::int64_t> district = st.isNull(0) ? std::nullopt : std::optional(st.int64(0));
  requireFindingsEdit(m_project, actor, district, st.text(1));
}

void FindingsStore::requireInspectionTeam(const std::string& user, InspectionRecord& r) {
  const User actor = UserStore(m_project).require(user);
  if (actor.role != UserRole::FieldTeam) return;
  if (!r.team || r.team->empty()) r.team = actor.team;
  if (*r.team != actor.team) {
    throw Error(ErrorKind::Permission,
                PW_TR("%1 (field team %2) may not record an inspection for team %3; each team "
                      "records its own"),
                {actor.name, actor.team, *r.team}, {.record = actor.name, .field = "team", .value = *r.team});
  }
}

void FindingsStore::requireOwnInspection(const std::string& user, std::int64_t inspectionId) {
  const User actor = UserStore(m_project).require(user);
  if (actor.role != UserRole::FieldTeam) return;
  // The inspection's team, or for one recorded without a team the team of who recorded it.
  auto st = m_project.db().prepare(
      "SELECT coalesce(nullif(i.team, ''), u.team, '') FROM inspections i LEFT JOIN users u ON u.name = i.created_by "
      "WHERE i.id = ?");
  st.bind(1, inspectionId);
  if (!st.step()) return;  // the caller reports the missing inspection
  const std::string team = st.text(0);
  if (team != actor.team) {
    throw Error(ErrorKind::Permission, PW_TR("%1 (field team %2) may not add findings to inspection %3 of team %4"),
                {actor.name, actor.team, std::to_string(inspectionId), team.empty() ? "-" : team},
                {.record = std::to_string(inspectionId), .field = "inspection", .value = std::to_string(inspectionId)});
  }
}

void FindingsStore::requireNotInOpenOrder(const std::string& entity, std::int64_t id, const char* messageTemplate) {
  if (const auto order = openOrderHolding(m_project, entity, id)) {
    throwBadInput(messageTemplate, {std::to_string(id), *order},
                  {.record = std::to_string(id), .field = "order", .value = *order});
  }
}

}  // namespace pw
