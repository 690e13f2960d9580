#include "report/audit_changes.h"

#include <nlohmann/json.hpp>

namespace pw {
namespace {

bool bookkeeping(const std::string& key) { return key == "version" || key == "updated_at" || key == "updated_by"; }

/// A value as people read it: strings without quotes, everything else as compact JSON.
std::string shown(const nlohmann::json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

}  // namespace

std::vector<FieldChange> changedFields(const AuditEntry& entry) {
  nlohmann::json before = nlohmann::json::object();
  nlohmann::json after = nlohmann::json::object();
  try {
    if (!entry.before.empty()) before = nlohmann::json::parse(entry.before);
    if (!entry.after.empty()) after = nlohmann::json::parse(entry.after);
  } catch (const nlohmann::json::exception&) {
    return {{"record", entry.before, entry.after}};
  }
  if (!before.is_object() || !after.is_object()) return {{"record", entry.before, entry.after}};
  std::vector<FieldChange> out;
  for (const auto& [key, value] : after.items()) {
    if (bookkeeping(key)) continue;
    const auto old = before.find(key);
    if (old != before.end() && *old == value) continue;
    out.push_back({key, old == before.end() ? std::string() : shown(*old), shown(value)});
  }
  for (const auto& [key, value] : before.items()) {
    if (!bookkeeping(key) && !after.contains(key)) out.push_back({key, shown(value), {}});
  }
  return out;
}

}  // namespace pw
