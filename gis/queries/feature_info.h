#pragma once
// Everything known about one pipe or manhole, as label/value rows for the identify panel (and the CLI), and
// finding a feature by its id as written in the survey.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geom/types.h"

namespace pw {

class Project;

struct AttributeRow {
  const char* label;  ///< English, PW_TR-marked ("Pipe id", "Diameter (mm)"), or "" for a source field
  std::string field;  ///< the source field name for unmapped attributes kept in attrs
  std::string value;
};

enum class FeatureLayer { Pipe, Manhole };

struct FeatureRef {
  FeatureLayer layer = FeatureLayer::Pipe;
  std::int64_t id = 0;
  std::string code;
  Box box;
};

/// The attributes of a pipe or manhole (mapped fields, district, import provenance, then the source's other fields).
/// Empty when the id does not exist.
std::vector<AttributeRow> featureAttributes(Project& project, FeatureLayer layer, std::int64_t id);

/// A pipe or manhole by database id, with its box.
std::optional<FeatureRef> findFeatureById(Project& project, FeatureLayer layer, std::int64_t id);

/// Finds a pipe or manhole by its code (exact match first, then case-insensitive). Pipes win over manholes.
std::optional<FeatureRef> findFeatureByCode(Project& project, const std::string& code);

}  // namespace pw
