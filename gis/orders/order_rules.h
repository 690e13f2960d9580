#pragma once
// The conventions that fill in a new order: its kind from the findings, its priority from their urgency (the pipe's
// RI or MI grade, else the defect grade; a misconnection's degree), its deadline from the priority, and when a
// re-inspection counts a defect as gone. Data, not code: schemas/catalogues/order-rules.json, which a project may
// replace with its own (project_meta order_rules).
#include <map>
#include <string>
#include <vector>

namespace pw {

class Project;

struct OrderRules {
  std::map<std::string, int> deadlineDays;                  ///< priority -> days from issue
  std::map<std::string, std::string> priorityByIndexGrade;  ///< "IV" -> "urgent"
  std::map<std::string, std::string> priorityByDefectGrade;
  std::map<std::string, std::string> priorityByMisconnectionLevel;
  std::map<std::string, std::string> kindByFinding;  ///< structural / functional / misconnection -> kind
  int todoDueWithinDays = 7;
  double defectResolvedWithinM = 1.0;
  std::vector<std::string> resolvedMisconnectionStatuses{"resolved"};

  /// Parses rules (throws BadInput naming `source` and the key for a missing or wrong value).
  static OrderRules parse(const std::string& json, const std::string& source);
  int daysFor(const std::string& priority) const;
};

/// The project's rules: its own (project_meta order_rules) or the shipped defaults.
OrderRules loadOrderRules(Project& project);
/// Replaces the project's rules after checking them (city administrators; the caller checks the role).
void setOrderRules(Project& project, const std::string& json, const std::string& source);

/// The urgency order of priorities: urgent < high < normal < low.
int priorityRank(const std::string& priority);
bool isPriority(const std::string& priority);
bool isOrderKind(const std::string& kind);

}  // namespace pw
