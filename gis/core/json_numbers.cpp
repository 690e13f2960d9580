#include "core/json_numbers.h"

#include <cmath>
#include <limits>

#include <nlohmann/json.hpp>

namespace pw {

Parsed<double> jsonDecimal(const nlohmann::json& value) {
  if (value.is_string()) return parseDecimal(value.get_ref<const std::string&>());
  if (!value.is_number()) return {std::nullopt, NumberFault::Malformed};
  const double d = value.get<double>();
  if (!std::isfinite(d)) return {std::nullopt, NumberFault::OutOfRange};
  return {d, NumberFault::None};
}

Parsed<std::int64_t> jsonWhole(const nlohmann::json& value) {
  if (value.is_string()) return parseWhole(value.get_ref<const std::string&>());
  if (value.is_number_unsigned()) {
    const auto u = value.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      return {std::nullopt, NumberFault::OutOfRange};
    return {static_cast<std::int64_t>(u), NumberFault::None};
  }
  if (value.is_number_integer()) return {value.get<std::int64_t>(), NumberFault::None};
  if (value.is_number()) return {std::nullopt, NumberFault::NotWhole};
  return {std::nullopt, NumberFault::Malformed};
}

}  // namespace pw
