#pragma once
// The field-name sidecar of an exported shapefile (<name>.fields.csv): each DBF field as written (at most 10 bytes),
// the full name it stands for and what it means. PipeWard writes it with every shapefile export and reads it on
// import, so that a name shortened for the DBF comes back whole. UTF-8 with BOM, so that Excel shows it.
#include <optional>
#include <string>
#include <vector>

namespace pw {

struct FieldNameEntry {
  std::string field;      ///< the DBF field name (UTF-8)
  std::string fullName;   ///< the name it stands for
  std::string meaning;    ///< in Chinese
  std::string meaningEn;  ///< in English
};

/// "<dir>/<stem>.fields.csv" for "<dir>/<stem>.shp".
std::string fieldSidecarPath(const std::string& shpPath);

/// The sidecar's text, to be written beside the shapefile.
std::string fieldSidecarText(const std::vector<FieldNameEntry>& entries);

/// Reads a sidecar (also inside /vsizip/ paths); nothing when there is none or it is not one PipeWard wrote.
std::optional<std::vector<FieldNameEntry>> readFieldSidecar(const std::string& path);

/// Gives each field listed in the sidecar its full name. Returns how many names changed.
int applyFieldSidecar(const std::vector<FieldNameEntry>& entries, std::vector<std::string>& fieldNames);

}  // namespace pw
