#pragma once
// Rectification orders (整改工单): raised from defects and misconnection points (one by one or in bulk), numbered by
// district, year and sequence, taken through the workflow (workflow.h) with a note and evidence at every step, and
// closed only when the findings are verified resolved. Every change is one transaction, checked against the acting
// user's role and district, versioned (a second writer gets a Conflict and loses nothing), logged as an order event
// and in the append-only audit log.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/dates.h"
#include "geom/types.h"
#include "orders/order_rules.h"
#include "orders/workflow.h"
#include "store/attachments.h"

namespace pw {

class Project;
struct ProjectCatalogues;

struct OrderItem {
  std::string entity;  ///< defect | misconnection
  std::int64_t id = 0;
  bool operator==(const OrderItem&) const = default;
};

struct OrderRecord {
  std::int64_t id = 0;
  std::string number;
  std::int64_t districtId = 0;
  std::string districtName;
  std::string kind;  ///< repair | maintenance | separation | reinspection
  OrderState state = OrderState::Draft;
  std::optional<OrderState> resumeState;
  std::string priority;  ///< urgent | high | normal | low
  std::string assignee;
  std::optional<std::string> deadline;  ///< YYYY-MM-DD
  std::optional<std::string> description;
  std::optional<double> estimatedCost;
  std::optional<double> actualCost;
  std::optional<std::string> issuedAt;
  std::optional<std::string> closedAt;
  std::string createdBy;
  std::string createdAt;
  std::int64_t version = 0;
  std::optional<Point> location;
  std::vector<OrderItem> items;

  /// Deadline passed (before `today`, YYYY-MM-DD) and the order still open and issued.
  bool overdue(const std::string& today) const;
};

/// What a new order needs; empty fields take the defaults from the findings and the rules.
struct OrderDraft {
  std::vector<OrderItem> items;
  std::string kind;
  std::string priority;
  std::string assignee;
  std::optional<std::string> deadline;
  std::optional<std::string> description;
  std::optional<double> estimatedCost;
};

/// "Every grade III-IV structural defect without an open order in district X": one order per pipe for defects,
/// one per point for misconnections.
struct BulkCriteria {
  std::string district;  ///< code or name
  std::string findings;  ///< structural | functional | misconnection
  int minGrade = 3;      ///< defect grade (1-4) or misconnection degree (1-3), at least
};

struct Evidence {
  std::string name;
  std::string bytes;  ///< a photo or a PDF in memory, or
  std::string path;   ///< the file to read it from in pieces (when not empty; `bytes` is then unused)
};

struct TransitionRequest {
  OrderAction action = OrderAction::Issue;
  std::int64_t version = 0;  ///< the version the user saw
  std::string note;
  std::optional<std::string> newDeadline;  ///< suspend: the approved new deadline
  std::vector<Evidence> evidence;
  std::optional<std::string> signedBy;  ///< close: a signed re-inspection record instead of the automatic check
  std::optional<double> actualCost;     ///< submit or close
};

struct OrderEvent {
  std::int64_t id = 0;
  std::string at;
  std::string user;
  std::string action;
  std::string fromState;
  std::string toState;
  std::string note;
  std::optional<std::string> deadlineBefore;
  std::optional<std::string> deadlineAfter;
  std::optional<std::string> signedBy;
  std::vector<std::int64_t> evidence;  ///< attachment ids
};

struct OrderFilter {
  std::optional<std::int64_t> districtId;
  std::optional<OrderState> state;
  bool openOnly = false;
  bool overdueOnly = false;
  std::optional<std::string> assignee;
  std::optional<std::string> priority;
  std::optional<std::string> kind;
  std::optional<std::string> issuedFrom;  ///< YYYY-MM-DD, inclusive
  std::optional<std::string> issuedTo;    ///< inclusive
  std::size_t limit = 0;                  ///< 0: all
};

/// A linked finding the closure check found not resolved, with the reason.
struct UnresolvedFinding {
  OrderItem item;
  std::string label;  ///< pipe and code, or misconnection id and place
  const char* reasonTemplate = "";
  std::vector<std::string> args;
};

class OrderStore {
public:
  OrderStore(Project& project, const ProjectCatalogues& catalogues);

  /// A new order in state draft (district managers of the findings' district, city administrators). Refuses
  /// findings that do not exist, lie in several or no districts, or are already in an open order.
  std::int64_t create(const OrderDraft& draft, const std::string& user);
  /// One draft order per pipe (defects) or per point (misconnections) matching the criteria that is not yet in an
  /// open order; `common` gives assignee, deadline and description for all. Returns the new orders' ids (maybe none).
  std::vector<std::int64_t> createBulk(const BulkCriteria& criteria, const OrderDraft& common, const std::string& user);
  /// Changes assignee, priority, deadline, description and costs of an open order (`changed.version` checked).
  void update(const OrderRecord& changed, const std::string& user);
  /// Takes a step of the workflow.
  void transition(std::int64_t id, const TransitionRequest& request, const std::string& user);

  std::optional<OrderRecord> order(std::int64_t id);
  std::optional<OrderRecord> byNumber(const std::string& number);
  /// By number or id; NotFound naming it otherwise.
  OrderRecord require(const std::string& numberOrId);
  std::vector<OrderRecord> list(const OrderFilter& filter);
  std::vector<OrderEvent> events(std::int64_t orderId);
  /// The linked findings not yet verified resolved (what blocks a closure without a signed record).
  std::vector<UnresolvedFinding> unresolved(const OrderRecord& order);
  struct FindingSummary {
    std::string label;  ///< pipe, code, grade and position, or misconnection id and type
    std::optional<Point> location;
    std::string findingClass;  ///< structural | functional | misconnection
  };
  /// What a linked finding is and where (BadInput when it no longer exists).
  FindingSummary describe(const OrderItem& item);
  /// The open order a finding is in, if any.
  std::optional<std::string> openOrderOf(const OrderItem& item);

  const OrderRules& rules() const { return m_rules; }
  Project& project() const { return m_project; }

private:
  struct FindingFacts;
  FindingFacts facts(const OrderItem& item);
  /// BadInput naming min_grade when the criteria's grade is not one the catalogue has for those findings.
  void requireCatalogueGrade(const BulkCriteria& criteria) const;
  /// Separation of duties at closure: the re-inspection record is signed by someone other than who closes and the
  /// district's managers. Permission otherwise; a city administrator overrides (the rule's key is returned).
  std::optional<std::string> requireIndependentSigner(const User& actor, const OrderRecord& o,
                                                      const std::string& signer);
  std::string nextNumber(std::int64_t districtId, const std::string& year);
  void audit(const std::string& user, std::int64_t id, const std::string& action, const std::string& before,
             const std::string& after);
  void logEvent(std::int64_t orderId, const std::string& user, OrderAction action, OrderState from, OrderState to,
                const TransitionRequest& request, const std::optional<std::string>& deadlineBefore,
                const std::vector<CheckedAttachment>& evidence);

  Project& m_project;
  const ProjectCatalogues& m_catalogues;
  OrderRules m_rules;
};

/// A step of the workflow as the acting user sees it on an order now (order_steps.cpp).
struct OrderStep {
  OrderAction action = OrderAction::Issue;
  bool fromThisState = false;    ///< the order's state is one the step starts from
  std::optional<Error> refusal;  ///< why the user may not take it now (what the transition would throw); none: they may
};
/// Every step of the workflow, in order, for `user` on `order` now, decided by the checks the transition makes
/// (checkTransition, then stepPrecondition). What a step asks of the request itself (a note, a new deadline, a signed
/// record or verified findings at closure) is left to the step.
std::vector<OrderStep> orderSteps(const User& user, const OrderRecord& order);
/// What the order itself must have for a step, as the transition enforces it: an issue needs an assignee and a
/// deadline (BadInput naming the field); nothing when it has it.
std::optional<Error> stepPrecondition(const OrderRecord& order, OrderAction action);

/// A linked finding in a few words (order_lookup.cpp): "YS-0824 PL3 @ 12.5 m" (pipe, defect code and grade, distance)
/// or "#4 污水接入雨水管" (misconnection point and the catalogue's name of its type); nothing when it no longer exists.
std::optional<std::string> findingLabel(Project& project, const ProjectCatalogues& catalogues, const OrderItem& item);
/// The teams and contractors orders are assigned to, sorted.
std::vector<std::string> orderAssignees(Project& project);
/// An order's number and state by id, if it exists.
struct OrderRef {
  std::int64_t id = 0;
  std::string number;
  OrderState state = OrderState::Draft;
};
std::optional<OrderRef> orderRef(Project& project, std::int64_t id);

}  // namespace pw
