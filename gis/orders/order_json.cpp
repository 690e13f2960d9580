#include "orders/order_json.h"

namespace pw {
namespace {

template <class T>
nlohmann::json opt(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json orderJson(const OrderRecord& o) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& i : o.items) items.push_back({{"entity", i.entity}, {"id", i.id}});
  return {{"id", o.id},
          {"number", o.number},
          {"district", o.districtName},
          {"kind", o.kind},
          {"state", orderStateKey(o.state)},
          {"priority", o.priority},
          {"assignee", o.assignee},
          {"deadline", opt(o.deadline)},
          {"description", opt(o.description)},
          {"estimated_cost", opt(o.estimatedCost)},
          {"actual_cost", opt(o.actualCost)},
          {"issued_at", opt(o.issuedAt)},
          {"closed_at", opt(o.closedAt)},
          {"created_by", o.createdBy},
          {"version", o.version},
          {"items", items}};
}

nlohmann::json orderEventJson(const OrderEvent& e) {
  return {{"at", e.at},
          {"user", e.user},
          {"action", e.action},
          {"from", e.fromState},
          {"to", e.toState},
          {"note", e.note},
          {"deadline_before", opt(e.deadlineBefore)},
          {"deadline_after", opt(e.deadlineAfter)},
          {"signed_by", opt(e.signedBy)},
          {"evidence", e.evidence}};
}

}  // namespace pw
