#pragma once
// A generated city with rectification work, cached beside the city (bench-data/kpi-N.sqlite): 0.2 N defects on
// inspections of a random tenth of the pipes (a tenth of those inspected twice), N/500 misconnection points on rain
// pipes, and 0.1 N orders raised from them over the year before kOrdersNow, taken through the workflow with their
// events (accepted, started, some suspended and resumed, submitted, some returned, closed on time or late, some
// cancelled, some stalled; the stalled and the slow ones overdue). Delete the cache after changing how it is made.
#include <cstdint>
#include <string>

namespace pw::bench {

/// "Today" of the generated orders (set PIPEWARD_NOW to it when timing).
constexpr const char* kOrdersNow = "2026-06-30T12:00:00Z";

/// The project of about `pipes` pipes with its findings and orders (generated if missing).
std::string kpiProjectFor(std::int64_t pipes);

}  // namespace pw::bench
