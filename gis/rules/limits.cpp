#include "rules/limits.h"

#include <cmath>
#include <mutex>

#include <nlohmann/json.hpp>

#include "core/dates.h"
#include "core/error.h"
#include "core/paths.h"

namespace pw {
namespace {

using nlohmann::json;

[[noreturn]] void bad(const std::string& source, const std::string& key, const json& found) {
  throwBadInput(PW_TR("%1: %2 is missing or not a valid limit (found %3)"), {source, key, found.dump()},
                {.file = source, .field = key, .value = found.dump()});
}

const json& entry(const json& doc, const std::string& path, const std::string& source) {
  const json* at = &doc;
  std::size_t from = 0;
  while (true) {
    const auto dot = path.find('.', from);
    const std::string key = path.substr(from, dot == std::string::npos ? std::string::npos : dot - from);
    if (!at->is_object() || !at->contains(key)) bad(source, path, json());
    at = &(*at)[key];
    if (dot == std::string::npos) return *at;
    from = dot + 1;
  }
}

/// A finite number of at least `least`.
double number(const json& doc, const std::string& path, const std::string& source, double least = 0) {
  const json& v = entry(doc, path, source);
  if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() < least) bad(source, path, v);
  return v.get<double>();
}

std::string text(const json& doc, const std::string& path, const std::string& source) {
  const json& v = entry(doc, path, source);
  if (!v.is_string() || v.get<std::string>().empty()) bad(source, path, v);
  return v.get<std::string>();
}

}  // namespace

Limits Limits::parse(const std::string& content, const std::string& source) {
  json doc;
  try {
    doc = json::parse(content);
  } catch (const json::exception& e) {
    throwBadInput(PW_TR("%1 is not valid JSON: %2"), {source, e.what()}, {.file = source});
  }
  Limits l;
  l.defaultTimeZone = text(doc, "default_time_zone.value", source);
  l.extentMarginM = number(doc, "extent_margin_m.value", source);
  l.earliestDate = text(doc, "earliest_date.value", source);
  if (!isIsoDate(l.earliestDate)) bad(source, "earliest_date.value", entry(doc, "earliest_date.value", source));
  l.deadlineHorizonDays = static_cast<int>(number(doc, "deadline_horizon_days.value", source, 1));
  l.inspectedLengthMaxRatio = number(doc, "inspected_length.max_ratio", source, 1);
  l.inspectedLengthSlackM = number(doc, "inspected_length.slack_m", source);
  for (const char* key : {"cod_mg_l", "nh3n_mg_l", "flow_m3d", "inflow_diameter_mm"}) {
    const std::string at = std::string("water_quality.") + key;
    Bounds b{number(doc, at + ".min", source), 0};
    b.max = number(doc, at + ".max", source, b.min);
    l.waterQuality[key] = b;
  }
  l.photoMaxBytes = static_cast<std::int64_t>(number(doc, "photo_max_bytes.value", source, 1));
  l.evidenceMaxBytes = static_cast<std::int64_t>(number(doc, "evidence_max_bytes.value", source, 1));
  l.imageMaxPixels = static_cast<std::int64_t>(number(doc, "image_max_pixels.value", source, 1));
  l.userNameMaxBytes = static_cast<std::size_t>(number(doc, "user_name_max_bytes.value", source, 1));
  return l;
}

const Limits& limits() {
  // Read once; a failure is not cached, so the next call reports it again.
  static std::mutex mutex;
  static std::unique_ptr<Limits> loaded;
  const std::lock_guard lock(mutex);
  if (!loaded) {
    const std::string path = schemasDir() + "/catalogues/limits.json";
    loaded = std::make_unique<Limits>(Limits::parse(readFile(path), path));
  }
  return *loaded;
}

}  // namespace pw
