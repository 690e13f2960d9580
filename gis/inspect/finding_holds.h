#pragma once
// Whether a finding is held by an open rectification order: the findings refuse to delete or re-code what an open
// order holds. Reads the order link table (order_items) here, below orders/, so the findings need not include it.
#include <cstdint>
#include <optional>
#include <string>

namespace pw {

class Project;

/// The number of the open order (not closed or cancelled) holding a finding (defect or misconnection), if any.
std::optional<std::string> openOrderHolding(Project& project, const std::string& entity, std::int64_t id);

}  // namespace pw
