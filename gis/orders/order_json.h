#pragma once
// Orders as JSON: what the audit log keeps before and after each change, and what the CLI prints with --json.
#include <nlohmann/json.hpp>

#include "orders/orders.h"

namespace pw {

nlohmann::json orderJson(const OrderRecord& o);
nlohmann::json orderEventJson(const OrderEvent& e);

}  // namespace pw
