#include "crs/crs.h"

#include <cctype>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

#include "core/error.h"
#include "core/numbers.h"
#include "crs/proj.h"
#include "gdal/gdal.h"

namespace pw::crs {

int cgcs2000ZonePrefixedEpsg(int zone) { return (zone >= 25 && zone <= 45) ? 4513 + zone - 25 : 0; }

int cgcs2000CentralMeridianEpsg(int cmDegrees) {
  return (cmDegrees >= 75 && cmDegrees <= 135 && cmDegrees % 3 == 0) ? 4534 + (cmDegrees - 75) / 3 : 0;
}

int cgcs2000CentralMeridian(int epsg) {
  if (epsg >= 4513 && epsg <= 4533) return 3 * (epsg - 4513 + 25);
  if (epsg >= 4534 && epsg <= 4554) return 75 + 3 * (epsg - 4534);
  return 0;
}

int parseEpsg(const std::string& text) {
  std::string digits = text;
  if (digits.size() > 5 && (digits.rfind("EPSG:", 0) == 0 || digits.rfind("epsg:", 0) == 0)) digits = digits.substr(5);
  const auto code = digits.size() <= 6 && digits.find_first_not_of("0123456789") == std::string::npos
                        ? epsgNumber(digits)
                        : std::nullopt;
  if (!code)
    throwBadInput(PW_TR("'%1' is not an EPSG code; write it as EPSG:4528"), {text}, {.field = "crs", .value = text});
  return *code;
}

std::optional<int> epsgNumber(std::string_view code) {
  const auto n = parseWhole(code);
  if (!n || *n <= 0 || *n > std::numeric_limits<int>::max()) return std::nullopt;
  return static_cast<int>(*n);
}

CrsChoice fromEpsg(int epsg, Message reason) {
  const std::string definition = "EPSG:" + std::to_string(epsg);
  auto crs = proj::createCrs(definition);
  CrsChoice c;
  c.epsg = epsg;
  c.definition = definition;
  c.name = proj_get_name(crs.get()) ? proj_get_name(crs.get()) : definition;
  c.reason = std::move(reason);
  const PJ_TYPE type = proj_get_type(crs.get());
  c.geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
  return c;
}

bool isProjectedMetres(int epsg) {
  if (epsg <= 0) return false;
  gdal::init();
  OGRSpatialReference srs;
  gdal::ErrorCapture quiet;
  if (srs.importFromEPSG(epsg) != OGRERR_NONE || !srs.IsProjected()) return false;
  return std::fabs(srs.GetLinearUnits() - 1.0) < 1e-9;
}

CrsChoice fromPrjFile(const std::string& prjPath) {
  std::ifstream in(prjPath, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return fromPrjText(buffer.str(), prjPath);
}

CrsChoice fromPrjText(std::string wkt, const std::string& prjPath) {
  while (!wkt.empty() && std::isspace(static_cast<unsigned char>(wkt.back()))) wkt.pop_back();

  gdal::init();
  gdal::ErrorCapture errors;
  gdal::SpatialReferencePtr srs(new OGRSpatialReference());
  srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (wkt.empty() ||
      srs->SetFromUserInput(wkt.c_str(), OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS) != OGRERR_NONE) {
    throwBadInput(PW_TR("%1 is not a coordinate system definition (%2); fix or remove it, or state the CRS with "
                        "--assume-crs"),
                  {prjPath, errors.joined("unreadable WKT")}, {.file = prjPath});
  }
  CrsChoice c;
  c.reason = {PW_TR("read from %1"), {prjPath}};
  c.geographic = srs->IsGeographic();
  // Match against the EPSG database: ESRI names such as CGCS2000_3_Degree_GK_Zone_40 resolve to EPSG:4528.
  int count = 0;
  int* confidences = nullptr;
  OGRSpatialReferenceH* matches = srs->FindMatches(nullptr, &count, &confidences);
  for (int i = 0; i < count && c.epsg == 0; ++i) {
    auto* match = OGRSpatialReference::FromHandle(matches[i]);
    const char* auth = match->GetAuthorityName(nullptr);
    const char* code = match->GetAuthorityCode(nullptr);
    if (confidences[i] >= 70 && auth && code && std::string(auth) == "EPSG") c.epsg = epsgNumber(code).value_or(0);
  }
  OSRFreeSRSArray(matches);
  CPLFree(confidences);
  if (c.epsg > 0) {
    auto byCode = fromEpsg(c.epsg, c.reason);
    byCode.geographic = c.geographic;
    return byCode;
  }
  char* wkt2 = nullptr;
  const char* options[] = {"FORMAT=WKT2_2019", nullptr};
  srs->exportToWkt(&wkt2, options);
  c.definition = wkt2 ? wkt2 : wkt;
  CPLFree(wkt2);
  c.name = srs->GetName() ? srs->GetName() : "unnamed";
  return c;
}

std::optional<CrsChoice> recogniseFromCoordinates(const Extent& e, int hintEpsg) {
  if (!e.valid()) return std::nullopt;
  const bool chinaNorthing = e.minY > 1.8e6 && e.maxY < 6.0e6;
  // 8-digit easting with the 3-degree zone number in front: 25 500 000 .. 45 500 000. The zone is computed only for
  // eastings in that span: a damaged file's -3e225 does not fit an int (found by fuzzing the shapefile import).
  const bool prefixed = e.minX >= 25e6 && e.maxX < 46e6;
  const int zoneMin = prefixed ? static_cast<int>(std::floor(e.minX / 1e6)) : 0;
  const int zoneMax = prefixed ? static_cast<int>(std::floor(e.maxX / 1e6)) : 0;
  if (prefixed && chinaNorthing && zoneMin == zoneMax && zoneMin >= 25 && zoneMin <= 45) {
    const double local = e.minX - zoneMin * 1e6;
    if (local > 250000 && e.maxX - zoneMax * 1e6 < 750000) {
      return fromEpsg(cgcs2000ZonePrefixedEpsg(zoneMin),
                      {PW_TR("recognised from the coordinates: 8-digit eastings carry the 3-degree zone prefix %1"),
                       {std::to_string(zoneMin)}});
    }
  }
  if (e.minX >= 73 && e.maxX <= 136 && e.minY >= 3 && e.maxY <= 54) {
    return fromEpsg(4490, {PW_TR("recognised from the coordinates: longitude and latitude in China (CGCS2000)"), {}});
  }
  const int cm = cgcs2000CentralMeridian(hintEpsg);
  if (cm && chinaNorthing && e.minX > 250000 && e.maxX < 750000) {
    return fromEpsg(cgcs2000CentralMeridianEpsg(cm),
                    {PW_TR("recognised from the coordinates: Gauss-Kruger eastings without zone prefix, central "
                           "meridian %1E taken from the project CRS"),
                     {std::to_string(cm)}});
  }
  return std::nullopt;
}

CrsChoice projectCrsFor(const CrsChoice& source, const Extent& extent) {
  if (!source.geographic && source.epsg > 0 && isProjectedMetres(source.epsg)) {
    return fromEpsg(source.epsg, {PW_TR("the CRS of the first import"), {}});
  }
  if (source.geographic && extent.valid() && extent.minX >= -180 && extent.maxX <= 180) {
    double lon = (extent.minX + extent.maxX) / 2.0;
    if (source.epsg != 4490 && source.epsg != 4326 && source.epsg != 4610 && source.epsg != 4214) lon = 0;
    const int cm = static_cast<int>(std::lround(lon / 3.0)) * 3;
    if (const int epsg = cgcs2000CentralMeridianEpsg(cm)) {
      return fromEpsg(epsg, {PW_TR("the CGCS2000 3-degree zone around the first import's longitude and latitude"), {}});
    }
  }
  throwBadInput(PW_TR("The project needs a projected CRS in metres and '%1' is not one; create the project with "
                      "init --crs EPSG:n"),
                {source.name});
}

}  // namespace pw::crs
