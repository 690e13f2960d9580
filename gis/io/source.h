#pragma once
// A vector source as a survey delivers it: a shapefile (possibly zipped, possibly without .shx, .prj or .cpg) or
// any other OGR dataset. Opening finds out what it holds (geometry, fields, encoding, CRS) without changing
// anything on disk; reading decodes text with the chosen encoding.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crs/crs.h"
#include "io/encoding.h"

// GDAL stays behind the implementation: the desktop reaches this header through importer/plan.h.
class GDALDataset;
class OGRFeature;
class OGRLayer;

namespace pw {

class Feedback;
class TempDir;

enum class GeometryKind { None, Point, Line, Polygon };
const char* geometryKindName(GeometryKind kind);  ///< "none", "points", "lines", "polygons"

struct SourceOptions {
  std::string encoding;           ///< explicit encoding (--encoding), empty for automatic
  std::optional<int> assumeEpsg;  ///< explicit CRS (--assume-crs)
  int crsHint = 0;                ///< project CRS, for recognising GK coordinates without zone prefix
};

struct SourceInfo {
  std::string path;        ///< as the user gave it
  std::string openedPath;  ///< what GDAL opened (/vsizip/..., or a temporary copy)
  std::string driver;
  std::string layerName;
  GeometryKind geometry = GeometryKind::None;
  std::int64_t featureCount = 0;
  std::vector<std::string> fields;  ///< decoded field names
  enc::EncodingChoice encoding;
  std::optional<crs::CrsChoice> crs;  ///< nothing when it could not be determined
  crs::Extent extent;
  std::vector<Message> notes;  ///< notes for the import report
  bool isShapefile = false;
};

class VectorSource {
public:
  /// Opens and inspects the source. Throws Error(BadInput) naming the file for anything it cannot read.
  VectorSource(const std::string& path, const SourceOptions& options);
  ~VectorSource();
  VectorSource(const VectorSource&) = delete;
  VectorSource& operator=(const VectorSource&) = delete;

  const SourceInfo& info() const { return m_info; }

  using FeatureFn = std::function<void(std::int64_t featureNo, OGRFeature& feature)>;
  /// Reads every feature in order (feature numbers from 1). Throws Error(BadInput) with the file and feature
  /// number when GDAL reports a read error (a truncated or corrupt file).
  void forEach(const FeatureFn& fn, Feedback* feedback = nullptr);

  /// A field's text, decoded into UTF-8 (empty for NULL).
  std::string text(OGRFeature& feature, int field) const;
  /// Raw field bytes (as GetFieldAsString gives them) decoded into UTF-8.
  std::string decode(std::string_view raw) const { return m_decoder ? m_decoder->decode(raw) : std::string(raw); }
  /// A field's number: numeric fields directly, text fields parsed (parseNumber). Nothing for NULL or no number.
  std::optional<double> number(OGRFeature& feature, int field) const;
  bool isNumericField(int field) const { return m_numeric[static_cast<std::size_t>(field)]; }

  /// The first rows with every field decoded, for previews.
  std::vector<std::vector<std::string>> preview(int rows);

private:
  void openShapefile(const std::string& shpPath, const SourceOptions& options);
  void openOther(const std::string& path);
  void chooseEncoding(const SourceOptions& options, const std::optional<std::string>& cpg, std::uint8_t ldid);
  void determineCrs(const SourceOptions& options, const std::string& prjPath);
  void checkCrsAgainstCoordinates();

  struct CloseDataset {
    void operator()(GDALDataset* dataset) const noexcept;
  };

  SourceInfo m_info;
  std::unique_ptr<TempDir> m_temp;
  std::unique_ptr<GDALDataset, CloseDataset> m_ds;
  OGRLayer* m_layer = nullptr;
  std::unique_ptr<enc::Decoder> m_decoder;  ///< null when GDAL already gives UTF-8
  std::vector<bool> m_numeric;              ///< per field: integer or real
};

}  // namespace pw
