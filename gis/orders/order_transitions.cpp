// OrderStore: the workflow steps, their events and evidence, and the closure check.
#include <cmath>

#include "core/clock.h"
#include "core/error.h"
#include "orders/order_json.h"
#include "orders/orders.h"
#include "rules/attachment_checks.h"
#include "rules/project_time.h"
#include "rules/value_rules.h"
#include "store/attachments.h"
#include "store/project.h"

namespace pw {

void OrderStore::logEvent(std::int64_t orderId, const std::string& user, OrderAction action, OrderState from,
                          OrderState to, const TransitionRequest& request,
                          const std::optional<std::string>& deadlineBefore,
                          const std::vector<CheckedAttachment>& evidence) {
  auto& db = m_project.db();
  auto st = db.prepare(
      "INSERT INTO order_events (order_id, at, user_name, action, from_state, to_state, note, deadline_before, "
      "deadline_after, signed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, orderId).bind(2, nowIso()).bind(3, user).bind(4, orderActionKey(action)).bind(5, orderStateKey(from));
  st.bind(6, orderStateKey(to));
  st.bind(7, request.note.empty() ? std::optional<std::string>{} : std::optional(request.note));
  st.bind(8, request.newDeadline ? deadlineBefore : std::nullopt)
      .bind(9, request.newDeadline)
      .bind(10, request.signedBy)
      .run();
  const auto eventId = db.lastInsertRowid();
  auto link = db.prepare("INSERT OR IGNORE INTO order_evidence (event_id, attachment_id) VALUES (?, ?)");
  for (std::size_t i = 0; i < request.evidence.size(); ++i) {
    const auto& e = request.evidence[i];
    const auto id = e.path.empty() ? storeAttachment(db, e.bytes, evidence[i].mime, e.name, user)
                                   : storeAttachmentFile(db, e.path, evidence[i], e.name, user);
    link.reset();
    link.bind(1, eventId).bind(2, id).run();
  }
}

void OrderStore::transition(std::int64_t id, const TransitionRequest& request, const std::string& user) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  const auto before = order(id);
  if (!before) throw Error(ErrorKind::NotFound, PW_TR("There is no order %1"), {std::to_string(id)});
  const auto& o = *before;
  const User actor = UserStore(m_project).require(user);
  std::optional<std::string> overridden =
      requireTransition(actor, request.action, o.state, o.districtId, o.assignee, o.number);
  if (request.version != o.version) {
    throw Error(ErrorKind::Conflict,
                PW_TR("Order %1 was changed by %2 since you read it (now %3); reload it and try again"),
                {o.number,
                 db.scalarText("SELECT coalesce(updated_by, created_by) FROM orders WHERE id = " + std::to_string(id)),
                 orderStateKey(o.state)},
                {.record = o.number});
  }
  const auto& rule = transitionRule(request.action);
  const ErrorContext context{.record = o.number};
  if (rule.needsNote && request.note.find_first_not_of(" \t\r\n") == std::string::npos) {
    throwBadInput(PW_TR("To %1 order %2, say why (a note)"), {orderActionKey(request.action), o.number},
                  {.record = o.number, .field = "note"});
  }
  std::vector<CheckedAttachment> evidence;
  for (const auto& e : request.evidence) {
    evidence.push_back(e.path.empty() ? checkAttachmentBytes(e.bytes, e.name, AttachmentKind::Evidence, "evidence")
                                      : checkAttachmentFile(e.path, AttachmentKind::Evidence, "evidence"));
  }
  requireCost(request.actualCost, "actual_cost", o.number);
  if (auto missing = stepPrecondition(o, request.action)) throw *missing;
  std::optional<std::string> deadline = o.deadline;
  if (request.action == OrderAction::Suspend) {
    if (!request.newDeadline || !isIsoDate(*request.newDeadline)) {
      throwBadInput(PW_TR("A suspension needs the approved new deadline as a date (2026-12-31)"), {},
                    {.record = o.number, .field = "deadline", .value = request.newDeadline.value_or("")});
    }
    if (*request.newDeadline < todayIso(m_project)) {
      throwBadInput(PW_TR("The new deadline %1 has already passed"), {*request.newDeadline},
                    {.record = o.number, .field = "deadline", .value = *request.newDeadline});
    }
    requireDeadline(m_project, *request.newDeadline, o.number);
    deadline = request.newDeadline;
  }
  if (request.action == OrderAction::Close) {
    if (request.signedBy) {
      if (request.signedBy->find_first_not_of(" \t") == std::string::npos || request.evidence.empty()) {
        throwBadInput(PW_TR("A signed re-inspection record needs the signer's name and the record itself as evidence"),
                      {}, {.record = o.number, .field = "signed_by"});
      }
      if (auto signing = requireIndependentSigner(actor, o, *request.signedBy)) overridden = signing;
    } else if (const auto open = unresolved(o); !open.empty()) {
      std::string list;
      for (const auto& u : open) {
        list += (list.empty() ? "" : "; ") + u.label + ": " + formatMessage(u.reasonTemplate, u.args);
      }
      throwBadInput(PW_TR("Order %1 cannot be closed until its findings are verified resolved (%2); re-inspect them, "
                          "or close with a signed re-inspection record"),
                    {o.number, list}, context);
    }
  }
  OrderState to = rule.to ? *rule.to : o.resumeState.value_or(OrderState::Issued);
  const std::string now = nowIso();
  auto st = db.prepare(
      "UPDATE orders SET state = ?, resume_state = ?, deadline = ?, issued_at = coalesce(issued_at, ?), closed_at = ?, "
      "actual_cost = coalesce(?, actual_cost), updated_by = ?, updated_at = ?, version = version + 1 "
      "WHERE id = ? AND version = ?");
  st.bind(1, orderStateKey(to));
  st.bind(2,
          request.action == OrderAction::Suspend ? std::optional<std::string>(orderStateKey(o.state)) : std::nullopt);
  st.bind(3, deadline);
  st.bind(4, request.action == OrderAction::Issue ? std::optional(now) : std::nullopt);
  st.bind(5, to == OrderState::Closed ? std::optional(now) : std::nullopt);
  st.bind(6, request.actualCost).bind(7, user).bind(8, now).bind(9, id).bind(10, request.version).run();
  if (db.changes() == 0) {
    throw Error(ErrorKind::Conflict, PW_TR("Order %1 was changed by someone else since you read it; reload it first"),
                {o.number}, context);
  }
  logEvent(id, user, request.action, o.state, to, request, o.deadline, evidence);
  auto after = orderJson(*order(id));
  if (overridden) after["override"] = *overridden;  // a city administrator set a separation-of-duties rule aside
  audit(user, id, "update", orderJson(o).dump(), after.dump());
  scope.commit();
}

std::optional<std::string> OrderStore::requireIndependentSigner(const User& actor, const OrderRecord& o,
                                                                const std::string& signer) {
  // The signer may not be who closes, nor a manager of the order's district (who raised and closes it).
  UserStore users(m_project);
  const auto signing = users.find(signer);
  const bool own = sameUserName(signer, actor.name) ||
                   (signing && signing->role == UserRole::DistrictManager && signing->districtId == o.districtId);
  if (!own) return std::nullopt;
  if (actor.role == UserRole::CityAdmin) return std::string("own_signature");
  throw Error(ErrorKind::Permission,
              PW_TR("%1 may not sign the re-inspection record of order %2: it is an order of their own district; "
                    "someone else re-inspects and signs, or a city administrator closes it"),
              {signing ? signing->name : signer, o.number},
              {.record = o.number, .field = "signed_by", .value = signer});
}

std::vector<UnresolvedFinding> OrderStore::unresolved(const OrderRecord& o) {
  auto& db = m_project.db();
  std::vector<UnresolvedFinding> out;
  // The day the order was issued, in the project's time zone as the inspections' dates are.
  const std::string issued = o.issuedAt ? localDateOf(m_project, *o.issuedAt) : std::string();
  for (const auto& item : o.items) {
    if (item.entity == "misconnection") {
      auto st = db.prepare("SELECT status FROM misconnections WHERE id = ?");
      st.bind(1, item.id);
      const std::string status = st.step() ? st.text(0) : std::string("deleted");
      const auto& ok = m_rules.resolvedMisconnectionStatuses;
      if (std::find(ok.begin(), ok.end(), status) == ok.end()) {
        out.push_back(
            {item, "#" + std::to_string(item.id), PW_TR("the misconnection point is %1, not resolved"), {status}});
      }
      continue;
    }
    auto st = db.prepare(
        "SELECT d.code, d.distance_m, i.direction, i.inspected_on, i.id, p.id, p.code, p.length_m FROM defects d "
        "JOIN inspections i ON i.id = d.inspection_id JOIN pipes p ON p.id = i.pipe_id WHERE d.id = ?");
    st.bind(1, item.id);
    if (!st.step()) continue;  // the defect record was removed: nothing left to verify
    const std::string code = st.text(0);
    const double length = st.real(7);
    auto withFlow = [length](double distance, const std::string& direction) {
      return direction == "against_flow" ? length - distance : distance;
    };
    const double at = withFlow(st.real(1), st.text(2));
    const std::string label = st.text(6) + " " + code;
    // The latest inspection of the pipe after the original one and not before the order was issued.
    auto later = db.prepare(
        "SELECT id, inspected_on, direction FROM inspections WHERE pipe_id = ?1 AND (inspected_on > ?2 OR "
        "(inspected_on = ?2 AND id > ?3)) AND inspected_on >= ?4 ORDER BY inspected_on DESC, id DESC LIMIT 1");
    later.bind(1, st.int64(5)).bind(2, st.text(3)).bind(3, st.int64(4)).bind(4, issued);
    if (!later.step()) {
      out.push_back({item, label, PW_TR("pipe %1 has not been re-inspected since the order was issued"), {st.text(6)}});
      continue;
    }
    if (o.kind == "reinspection") continue;  // the re-inspection itself was the work
    auto same = db.prepare("SELECT distance_m FROM defects WHERE inspection_id = ? AND code = ?");
    same.bind(1, later.int64(0)).bind(2, code);
    while (same.step()) {
      const double now = withFlow(same.real(0), later.text(2));
      if (std::abs(now - at) <= m_rules.defectResolvedWithinM) {
        out.push_back({item,
                       label,
                       PW_TR("the re-inspection of %1 still shows %2 at %3 m"),
                       {later.text(1), code, formatNumber(same.real(0), 1)}});
        break;
      }
    }
  }
  return out;
}

}  // namespace pw
