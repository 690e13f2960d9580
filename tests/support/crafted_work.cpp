#include "crafted_work.h"

#include <cstdlib>

#include "crafted_city.h"

namespace pw::test {

void setNow(const std::string& at) { setenv("PIPEWARD_NOW", at.c_str(), 1); }

std::int64_t recordInspection(Project& project, FindingsStore& findings, const std::string& pipeCode,
                              const std::string& date, const std::string& user, std::optional<std::string> team,
                              const std::string& direction) {
  InspectionRecord r;
  r.pipeId = idOf(project, "pipes", pipeCode);
  r.date = date;
  r.method = "cctv";
  r.direction = direction;
  r.team = std::move(team);
  return findings.addInspection(r, user);
}

std::int64_t recordDefect(FindingsStore& findings, std::int64_t inspection, const std::string& code, int grade,
                          double distance, const std::string& user) {
  DefectRecord d;
  d.inspectionId = inspection;
  d.code = code;
  d.grade = grade;
  d.distance = distance;
  return findings.addDefect(d, user);
}

std::string teamMember(Project& project, const std::string& team) {
  for (const auto& u : UserStore(project).list()) {
    if (u.role == UserRole::FieldTeam && u.team == team && u.active) return u.name;
  }
  return "admin";  // no such team among the users: the administrator records its steps (an audited override)
}

std::int64_t raiseOrder(OrderStore& orders, const std::string& user, const OrderItem& item, const std::string& created,
                        const std::string& deadline, const std::vector<OrderStep>& steps,
                        std::optional<double> estimatedCost) {
  setNow(created + "T07:00:00Z");
  OrderDraft draft;
  draft.items = {item};
  draft.assignee = "一队";
  draft.deadline = deadline;
  draft.estimatedCost = estimatedCost;
  const auto id = orders.create(draft, user);
  for (const auto& s : steps) {
    setNow(s.at.size() == 10 ? s.at + "T08:00:00Z" : s.at);
    TransitionRequest r;
    r.action = s.action;
    r.version = orders.order(id)->version;
    r.newDeadline = s.newDeadline;
    if (s.action == OrderAction::Return) r.note = "the joint still leaks";
    if (s.action == OrderAction::Cancel) r.note = "raised twice";
    if (s.action == OrderAction::Suspend) r.note = "road closed for works";
    if (s.action == OrderAction::Close) {
      r.signedBy = "王工程师";
      r.evidence = {{"record.pdf", "%PDF-1.4 signed re-inspection\n%%EOF\n"}};
    }
    const bool teamStep = transitionRule(s.action).teamStep;
    orders.transition(id, r, teamStep ? teamMember(orders.project(), "一队") : user);
  }
  return id;
}

}  // namespace pw::test
