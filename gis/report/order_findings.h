#pragma once
// The findings of rectification orders in a few words, read for many orders at once (the ledgers and the overdue
// lists): "YS-0824 PL3 @ 12.5 m" for a defect, "#4 污水接入雨水管 (Y0031)" for a misconnection point, and the road
// where the first one lies.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "report/report_text.h"

namespace pw {

class Project;
struct ProjectCatalogues;

struct OrderFindingsText {
  std::string findings;  ///< "; "-separated, in the order the order lists them (defects, then points, by id)
  std::string road;      ///< of the first finding's pipe or manhole, empty when unknown
  int count = 0;
};

/// By order id, for every order of the district (or of the project).
std::unordered_map<std::int64_t, OrderFindingsText> orderFindingsText(Project& project,
                                                                      const ProjectCatalogues& catalogues,
                                                                      std::optional<std::int64_t> districtId,
                                                                      const Translate& tr);
/// By order id, for the given orders only (quicker for a few among many).
std::unordered_map<std::int64_t, OrderFindingsText> orderFindingsText(Project& project,
                                                                      const ProjectCatalogues& catalogues,
                                                                      const std::vector<std::int64_t>& orderIds,
                                                                      const Translate& tr);

}  // namespace pw
