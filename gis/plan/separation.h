#pragma once
// Rain/sewage separation projects (雨污分流改造) of the housing bureau: a set of community areas, a scope (the
// misconnection points and defects it rectifies, the pipes paralleled or relaid, the manholes rebuilt), a planned year,
// a status 规划 planning -> 设计 design -> 施工 construction -> 完工 completed -> 验收 accepted (forward one step, or
// back one step with a reason), and the rectification orders that carry it out. Budget and progress are derived when
// asked: the budget from the scope and the unit costs (separation_costs.h, formula in estimateBudget), the progress as
// the share of the findings in scope that are closed (area_analysis.h, FindingClosure).
//
// Planners and city administrators create and change projects; everyone reads them. Every change is one transaction,
// versioned (a second writer gets a Conflict), attributed, and written to the audit log; status changes also to the
// append-only separation_project_events.
//
// This header is the query API for reports too: list(), project(), budget(), progress(), events().
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "orders/order_rules.h"
#include "plan/separation_costs.h"

namespace pw {

class Project;
struct ProjectCatalogues;

enum class SeparationStatus { Planning, Design, Construction, Completed, Accepted };
const char* separationStatusKey(SeparationStatus s);  ///< planning, design, construction, completed, accepted
std::optional<SeparationStatus> separationStatusFromKey(const std::string& key);
const std::vector<SeparationStatus>& allSeparationStatuses();

struct ScopeItem {
  std::string entity;  ///< misconnection | defect | pipe | manhole
  std::int64_t id = 0;
  bool operator==(const ScopeItem&) const = default;
  auto operator<=>(const ScopeItem&) const = default;
};

struct SeparationProject {
  std::int64_t id = 0;
  std::string name;
  int plannedYear = 0;
  SeparationStatus status = SeparationStatus::Planning;
  std::optional<std::string> notes;
  std::string createdBy;
  std::string createdAt;
  std::optional<std::string> updatedBy;
  std::optional<std::string> updatedAt;
  std::int64_t version = 0;
  std::vector<std::int64_t> areas;   ///< community ids
  std::vector<ScopeItem> scope;      ///< sorted by entity, id
  std::vector<std::int64_t> orders;  ///< linked order ids
};

struct SeparationDraft {
  std::string name;
  int plannedYear = 0;
  std::vector<std::int64_t> areas;
  std::optional<std::string> notes;
  bool autoScope = true;         ///< the areas' open misconnection points, combined pipes and mixed-flow manholes
  std::vector<ScopeItem> scope;  ///< more items (defects ...)
};

struct SeparationEvent {
  std::int64_t id = 0;
  std::string at;
  std::string user;
  std::string fromStatus;  ///< empty for the creation
  std::string toStatus;
  std::string note;
};

// --- Budget -------------------------------------------------------------------------------------------------------

struct BudgetPipe {
  std::string drainage;  ///< rain | sewage | combined | "" (unknown: priced like a combined pipe)
  std::optional<double> diameterMm;
  double lengthM = 0;
};

struct BudgetInputs {
  std::vector<BudgetPipe> pipes;   ///< pipes in scope
  std::int64_t households = 0;     ///< of the project's areas
  int areasWithoutHouseholds = 0;  ///< areas whose household count is not recorded (counted as 0)
  int manholes = 0;                ///< mixed-flow manholes to rebuild
  int misconnections = 0;          ///< misconnection points to rectify
};

struct BudgetLine {
  std::string item;      ///< new_pipe | household | manhole | misconnection
  std::string system;    ///< new_pipe: the new pipe's system, rain | sewage
  std::string diameter;  ///< new_pipe: the diameter class, e.g. "(300, 400]"
  double quantity = 0;   ///< metres, households, manholes or points
  double unitCost = 0;
  double amount = 0;
};

struct BudgetEstimate {
  std::vector<BudgetLine> lines;
  double total = 0;
  int pipesWithoutDiameter = 0;  ///< priced at the costs' diameter_when_unknown_mm
  int areasWithoutHouseholds = 0;
  std::string currency;
};

/// budget = sum over the pipes of length x cost per metre of the new pipe (system: a combined or unknown pipe gets a
/// new pipe of the system other than costs.combinedBecomes, a rain or sewage pipe is relaid in its own system; class:
/// the existing pipe's diameter) + households x per_household_connection + manholes x per_manhole_rebuild +
/// misconnection points x per_misconnection_point. Lines are grouped by system and diameter class, in class order.
BudgetEstimate estimateBudget(const SeparationCosts& costs, const BudgetInputs& inputs);

struct SeparationProgress {
  int findings = 0;  ///< misconnection points and defects in scope
  int closed = 0;
  double share() const { return findings ? static_cast<double>(closed) / findings : 0.0; }
};

struct SeparationFilter {
  std::optional<int> plannedYear;
  std::optional<SeparationStatus> status;
};

class SeparationStore {
public:
  SeparationStore(Project& project, const ProjectCatalogues& catalogues);

  /// A new project in status planning. Refuses an empty or taken name, a year outside 2000-2100, no areas, an
  /// unknown area or scope item.
  std::int64_t create(const SeparationDraft& draft, const std::string& user);
  /// Changes name, planned year and notes (`changed.version` checked).
  void update(const SeparationProject& changed, const std::string& user);
  /// Adds and removes scope items and areas (areas: community ids).
  void changeScope(std::int64_t id, std::int64_t version, const std::vector<ScopeItem>& add,
                   const std::vector<ScopeItem>& remove, const std::string& user);
  /// Moves to `to`: the next status, or the previous one with a note saying why. Anything else is refused.
  void setStatus(std::int64_t id, std::int64_t version, SeparationStatus to, const std::string& note,
                 const std::string& user);
  /// Links a rectification order (by number or id) that carries the project out (`version`, when given, checked).
  void linkOrder(std::int64_t id, const std::string& order, const std::string& user,
                 std::optional<std::int64_t> version = std::nullopt);

  std::optional<SeparationProject> project(std::int64_t id);
  /// By id or name; NotFound otherwise.
  SeparationProject require(const std::string& idOrName);
  std::vector<SeparationProject> list(const SeparationFilter& filter = {});
  std::vector<SeparationEvent> events(std::int64_t id);

  /// The areas' open misconnection points, combined pipes and mixed-flow manholes.
  std::vector<ScopeItem> autoScope(const std::vector<std::int64_t>& areas);
  BudgetInputs budgetInputs(const SeparationProject& project);
  BudgetEstimate budget(const SeparationProject& project);
  SeparationProgress progress(const SeparationProject& project);

  const SeparationCosts& costs() const { return m_costs; }

private:
  void checkScopeItem(const ScopeItem& item);
  void checkArea(std::int64_t id);
  /// Counts a change of the project: Conflict when `version` is no longer the stored one.
  void bumpVersion(std::int64_t id, std::int64_t version, const std::string& user);
  void audit(const std::string& user, std::int64_t id, const std::string& action, const std::string& before,
             const std::string& after);
  void logEvent(std::int64_t id, const std::string& user, const std::string& from, const std::string& to,
                const std::string& note);

  Project& m_project;
  const ProjectCatalogues& m_catalogues;
  SeparationCosts m_costs;
  OrderRules m_rules;
};

/// The project as JSON (audit log, CLI), without derived figures.
std::string separationJson(const SeparationProject& project);

}  // namespace pw
