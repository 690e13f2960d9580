#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace pw {

/// Now as ISO 8601 UTC with seconds, e.g. "2026-11-28T13:42:46Z". Tests may fix it with PIPEWARD_NOW.
std::string nowIso();
/// Now in seconds since 1970-01-01T00:00:00Z (PIPEWARD_NOW honoured, as nowIso).
std::int64_t nowSeconds();
/// Seconds since 1970 of a UTC timestamp written YYYY-MM-DDTHH:MM:SSZ (or a bare day, its midnight UTC); nothing when
/// the text is not one.
std::optional<std::int64_t> secondsOfIso(const std::string& timestamp);
/// The UTC timestamp of an instant, written as nowIso writes it.
std::string isoOfSeconds(std::int64_t seconds);

}  // namespace pw
