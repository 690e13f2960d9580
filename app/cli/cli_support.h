#pragma once
// What the finding, assessment and tracing commands share: option values with usage errors, the acting user,
// display names (pipe and manhole ids by code come from the core, network/features.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "args.h"
#include "network/features.h"

namespace pw {
class Project;
}

namespace pw::cli {

/// Who the command acts as: --user, else $PIPEWARD_USER, else the project's default user (its first administrator).
/// Checked against the project's users by the core.
std::string actingUser(const ParsedArgs& a, Project& project);
/// Numeric options, read by the core's strict parser: Error(BadInput) naming the option for anything that is not
/// wholly a number ("12abc", "3,5", "1e400", "nan"); optionInt also refuses what does not fit an int.
std::optional<double> optionNumber(const ParsedArgs& a, const std::string& name);
std::optional<std::int64_t> optionInteger(const ParsedArgs& a, const std::string& name);
std::optional<int> optionInt(const ParsedArgs& a, const std::string& name);
/// A record id (a whole number above 0) given as an argument or option `field`; Error(BadInput) naming it otherwise.
std::int64_t recordNumber(const std::string& text, const std::string& field);
/// Record ids separated by commas ("1,2,3").
std::vector<std::int64_t> recordNumbers(const std::string& text, const std::string& field);
/// A required option.
std::string requiredOption(const ParsedArgs& a, const std::string& name);
/// A grade for display: "III", or "-" when none.
QString gradeText(const std::string& grade);
QString number(std::optional<double> v, int decimals = 2);

}  // namespace pw::cli
