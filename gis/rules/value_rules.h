#pragma once
// The values PipeWard refuses as absurd, each with the field named (BadInput): dates that are not real dates or lie
// outside what a record can carry, deadlines beyond the horizon, costs that are negative or not numbers, measurements
// outside their bounds. The bounds are data (rules/limits.h).
#include <optional>
#include <string>

#include "rules/limits.h"

namespace pw {

class Project;

/// A date something was done or measured on (an inspection, a sample): a real date written YYYY-MM-DD, not before
/// limits().earliestDate and not after the project's today.
void requireRecordDate(Project& project, const std::string& date, const std::string& field, const std::string& record);
/// An order deadline: a real date, not beyond the project's today plus limits().deadlineHorizonDays.
void requireDeadline(Project& project, const std::string& date, const std::string& record);
/// A cost: a finite number of zero or more.
void requireCost(const std::optional<double>& cost, const std::string& field, const std::string& record);
/// A finite measurement within `bounds`.
void requireWithin(const std::optional<double>& value, const Bounds& bounds, const std::string& field,
                   const std::string& record);

}  // namespace pw
