#include "rules/value_rules.h"

#include <cmath>

#include "core/dates.h"
#include "core/error.h"
#include "rules/project_time.h"

namespace pw {

void requireRecordDate(Project& project, const std::string& date, const std::string& field, const std::string& record) {
  const ErrorContext at{.record = record, .field = field, .value = date};
  if (!isIsoDate(date)) throwBadInput(PW_TR("%1 '%2' is not a date (write it as 2026-11-28)"), {field, date}, at);
  if (date < limits().earliestDate) {
    throwBadInput(PW_TR("%1 %2 is before %3, the earliest date a record may carry"),
                  {field, date, limits().earliestDate}, at);
  }
  const std::string today = todayIso(project);
  if (date > today) throwBadInput(PW_TR("%1 %2 is in the future (today is %3)"), {field, date, today}, at);
}

void requireDeadline(Project& project, const std::string& date, const std::string& record) {
  const ErrorContext at{.record = record, .field = "deadline", .value = date};
  if (!isIsoDate(date)) throwBadInput(PW_TR("The deadline '%1' is not a date (write it as 2026-12-31)"), {date}, at);
  const std::string latest = addDays(todayIso(project), limits().deadlineHorizonDays);
  if (date > latest) {
    throwBadInput(PW_TR("The deadline %1 is more than %2 days ahead (the latest is %3)"),
                  {date, std::to_string(limits().deadlineHorizonDays), latest}, at);
  }
}

void requireCost(const std::optional<double>& cost, const std::string& field, const std::string& record) {
  if (cost && (!std::isfinite(*cost) || *cost < 0)) {
    throwBadInput(PW_TR("%1 cannot be %2: a cost is a number of zero or more"), {field, formatNumber(*cost)},
                  {.record = record, .field = field, .value = formatNumber(*cost)});
  }
}

void requireWithin(const std::optional<double>& value, const Bounds& bounds, const std::string& field,
                   const std::string& record) {
  if (value && (!std::isfinite(*value) || *value < bounds.min || *value > bounds.max)) {
    throwBadInput(PW_TR("%1 cannot be %2: it lies outside %3 to %4 (schemas/catalogues/limits.json)"),
                  {field, formatNumber(*value), formatNumber(bounds.min), formatNumber(bounds.max)},
                  {.record = record, .field = field, .value = formatNumber(*value)});
  }
}

}  // namespace pw
