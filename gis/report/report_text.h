#pragma once
// The words of the printed reports and registers, marked for translation in the Qt-free core (core/tr.h) and put
// into the reader's language by a Translate function the application edge supplies (the PDF and the .xlsx of a report
// say the same things because both take their labels from here). Without one, reports are in English.
#include <functional>
#include <string>
#include <vector>

#include "core/tr.h"

namespace pw {

/// The text in the report's language for a PW_TR-marked English template.
using Translate = std::function<std::string(const char* english)>;

/// `english` translated by `tr` (as is when `tr` is empty), with %1..%9 filled in.
std::string reportText(const Translate& tr, const char* english, const std::vector<std::string>& args = {});

/// Order states, kinds and priorities by their keys (workflow.h, orders.h) in the report's language; an unknown key
/// as it is.
std::string orderStateName(const Translate& tr, const std::string& key);
std::string orderKindName(const Translate& tr, const std::string& key);
std::string priorityName(const Translate& tr, const std::string& key);
/// Separation project status by key (plan/separation.h: planning .. accepted) and community area kind
/// (plan/communities.h: old_residential, campus, block).
std::string separationStatusName(const Translate& tr, const std::string& key);
std::string areaKindName(const Translate& tr, const std::string& key);
/// Drainage type by key: rain, sewage, combined (unknown otherwise).
std::string drainageName(const Translate& tr, const std::string& key);
/// "I".."IV" for 1..4, "-" otherwise.
const char* romanGrade(int grade);

}  // namespace pw
