#pragma once
// An immutable, compact copy of what the map draws, built from the project once and then read by render threads
// without locks: pipes and manholes as float offsets from an origin, in spatial order with a RangeIndex, plus
// districts and import issues. Picking the pipe under the cursor works on it too.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geom/types.h"
#include "map/range_index.h"

namespace pw {

class Project;
class Feedback;

/// Drainage classes as drawn (and as layer switches in the legend).
enum class DrainageClass : std::uint8_t { Rain = 0, Sewage = 1, Combined = 2, Unknown = 3 };
constexpr int kDrainageClasses = 4;
DrainageClass drainageClass(std::string_view key);
const char* drainageKey(DrainageClass c);  ///< "rain", "sewage", "combined", "" (unknown)

/// Lines (pipes): vertex runs in spatial order.
struct LineLayer {
  double originX = 0, originY = 0;
  std::vector<float> xy;             ///< interleaved offsets from the origin
  std::vector<std::uint32_t> first;  ///< first vertex of item i; first[size()] = vertex count
  std::vector<std::int32_t> ids;     ///< database ids
  std::vector<DrainageClass> drainage;
  std::vector<std::uint16_t> diameter;    ///< mm, 0 when unknown
  std::vector<std::uint8_t> riGrade;      ///< CJJ 181 repair grade 1..4 of the latest inspection, 0 when not inspected
  std::vector<std::uint8_t> miGrade;      ///< maintenance grade, likewise
  std::vector<std::uint32_t> labelFirst;  ///< item i's label is labels[labelFirst[i], labelFirst[i+1])
  std::string labels;                     ///< pipe codes, concatenated
  RangeIndex index;

  std::size_t size() const { return ids.size(); }
  std::uint32_t vertexCount(std::size_t i) const { return first[i + 1] - first[i]; }
  std::string_view label(std::size_t i) const {
    return std::string_view(labels).substr(labelFirst[i], labelFirst[i + 1] - labelFirst[i]);
  }
  std::size_t memoryBytes() const;
};

/// Points (manholes, issues).
struct PointLayer {
  double originX = 0, originY = 0;
  std::vector<float> xy;
  std::vector<std::int32_t> ids;
  std::vector<std::uint8_t> kind;  ///< manholes: DrainageClass; issues: 0 warning, 1 error;
                                   ///< defects: grade 1..4 (+4 when functional); misconnections: degree 0..3
  RangeIndex index;

  std::size_t size() const { return ids.size(); }
  std::size_t memoryBytes() const;
};

/// A named area on the map: a district (code: its code) or a community area (code: its kind).
struct DistrictShapeItem {
  std::int64_t id = 0;
  std::string code;
  std::string name;
  MultiPolygon polygons;
  Box box;
  Point labelAt;  ///< a point inside the district for its name
};

struct NetworkSnapshot {
  int epsg = 0;
  Box bounds;  ///< of everything
  LineLayer pipes;
  PointLayer manholes;
  PointLayer issues;
  PointLayer defects;  ///< defects of each pipe's latest inspection, at their position along the pipe
  PointLayer misconnections;
  PointLayer orders;  ///< open and closed orders at their findings; kind = orderMapKind()
  std::vector<DistrictShapeItem> districts;
  std::vector<DistrictShapeItem> communities;  ///< community areas of separation planning

  std::size_t memoryBytes() const;
  /// Bytes of the raw coordinates as doubles (the yardstick of the memory budget).
  std::size_t rawCoordinateBytes() const;
};

/// How an order is drawn: its state (OrderState as a number) plus 16 when it is overdue.
constexpr std::uint8_t kOrderOverdueFlag = 16;

/// Reads the project into a snapshot. Reads only; the caller may hold its own transaction.
/// With `within`, only the pipes and manholes whose boxes meet it are read (through the spatial indexes): a map of one
/// district (a printed report) reads a fraction of the city. Districts, areas and findings are read whole.
std::shared_ptr<const NetworkSnapshot> buildSnapshot(Project& project, Feedback* feedback = nullptr,
                                                     const std::optional<Box>& within = std::nullopt);
/// The box of one district's boundary, with `margin` (a share of its size) added on every side; empty when the
/// district has no geometry.
std::optional<Box> districtBox(Project& project, std::int64_t districtId, double margin = 0.0);
/// A copy of `base` with the findings layers and pipe grades read again (after an edit: the pipes stay as they are).
std::shared_ptr<const NetworkSnapshot> withFreshFindings(const NetworkSnapshot& base, Project& project);

/// The item nearest to (x, y) in world units within `tolerance`, if any.
std::optional<std::uint32_t> pickLine(const LineLayer& layer, double x, double y, double tolerance,
                                      const std::vector<bool>* visibleClasses = nullptr);
std::optional<std::uint32_t> pickPoint(const PointLayer& layer, double x, double y, double tolerance);

/// The item of a database id (linear; for selection from searches).
std::optional<std::uint32_t> findLineById(const LineLayer& layer, std::int64_t id);
std::optional<std::uint32_t> findPointById(const PointLayer& layer, std::int64_t id);
/// The world box of one line item.
Box lineBox(const LineLayer& layer, std::uint32_t item);

}  // namespace pw
