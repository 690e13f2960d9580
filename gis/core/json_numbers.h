#pragma once
// Numbers in the JSON files PipeWard reads (catalogues, order rules, unit costs, profiles) and in the JSON it keeps
// in the project: a JSON number, or a string holding one number by the strict parser's rules (core/numbers.h), so
// that "5" and 5 mean the same and "3,5" or "12abc" are refused. Non-finite values (a JSON 1e400 overflows to
// infinity) are refused too.
#include <cstdint>

#include <nlohmann/json_fwd.hpp>

#include "core/numbers.h"

namespace pw {

Parsed<double> jsonDecimal(const nlohmann::json& value);
/// A JSON integer, or a string holding a whole number; 7.0 is not a whole number here.
Parsed<std::int64_t> jsonWhole(const nlohmann::json& value);

}  // namespace pw
