#pragma once
// Coordinate reference systems as PipeWard meets them: .prj files, EPSG codes, and CGCS2000 Gauss-Kruger
// coordinates without any definition, recognised from their values (docs/domain.md section 6).
#include <optional>
#include <string>
#include <string_view>

#include "core/message.h"

namespace pw::crs {

/// A CRS for a source or the project, with how it was found.
struct CrsChoice {
  int epsg = 0;            ///< 0 when the CRS has no EPSG code (definition then holds WKT)
  std::string definition;  ///< "EPSG:n" or WKT, usable by proj::Transformer
  std::string name;        ///< human-readable name, e.g. "CGCS2000 / 3-degree Gauss-Kruger zone 40"
  Message reason;          ///< why this CRS (from .prj, stated by the user, recognised from coordinates)
  bool geographic = false;
};

struct Extent {
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
  bool valid() const { return minX <= maxX && minY <= maxY; }
};

/// The CRS for an EPSG code. Throws Error(BadInput) for a code PROJ does not know.
CrsChoice fromEpsg(int epsg, Message reason = {});
/// Parses "EPSG:4528", "epsg:4528" or "4528". Throws Error(BadInput) with the text on anything else.
int parseEpsg(const std::string& text);
/// An EPSG code as a library or the project metadata gives it ("4528"): a whole number above 0 by the strict
/// parser, or nothing.
std::optional<int> epsgNumber(std::string_view code);
/// Reads a .prj (ESRI or OGC WKT). Throws Error(BadInput) naming the file when it is not a CRS definition.
CrsChoice fromPrjFile(const std::string& prjPath);
/// The same for .prj content already read; `prjName` names the file in messages.
CrsChoice fromPrjText(std::string wkt, const std::string& prjName);

/// Recognises CGCS2000 coordinates from their values: 8-digit eastings with a 3-degree zone prefix (EPSG 4513-4533),
/// longitude/latitude in China (EPSG 4490), or 6/7-digit GK eastings without prefix when hintEpsg is a CGCS2000
/// 3-degree zone (its central-meridian variant is taken). Returns nothing when the values do not decide it.
std::optional<CrsChoice> recogniseFromCoordinates(const Extent& extent, int hintEpsg);

/// The project CRS to adopt for data in `source` covering `extent` (in source coordinates): the source CRS when it
/// is projected in metres, otherwise the CGCS2000 3-degree zone (central-meridian variant) around the data.
CrsChoice projectCrsFor(const CrsChoice& source, const Extent& extent);

/// True for a projected CRS whose unit is the metre.
bool isProjectedMetres(int epsg);

/// CGCS2000 3-degree zone helpers (docs/domain.md section 6).
int cgcs2000ZonePrefixedEpsg(int zone);          ///< zones 25-45 -> 4513-4533
int cgcs2000CentralMeridianEpsg(int cmDegrees);  ///< 75..135 -> 4534-4554
/// The central meridian of a CGCS2000 3-degree EPSG code (prefixed or not), or 0 if it is not one.
int cgcs2000CentralMeridian(int epsg);

}  // namespace pw::crs
