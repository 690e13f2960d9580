#pragma once
// The SpatiaLite geometry BLOB format (little-endian, 2-D), written and read directly: faster than SQL functions
// and keeps geometry work in C++. Layout: 0x00, 0x01 (LE), int32 SRID, 4 doubles MBR, 0x7C, int32 class,
// class data, 0xFE. Multi-geometries prefix each member with 0x69 and its class.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "geom/types.h"

namespace pw::blob {

void encodePoint(std::vector<std::uint8_t>& out, int srid, double x, double y);
void encodeLineString(std::vector<std::uint8_t>& out, int srid, std::span<const double> xy);
void encodeMultiPolygon(std::vector<std::uint8_t>& out, int srid, const MultiPolygon& polygons);

/// The MBR stored in the header, or nothing if the blob is not a SpatiaLite geometry.
std::optional<Box> mbr(std::span<const std::uint8_t> blob);
std::optional<Point> decodePoint(std::span<const std::uint8_t> blob);
/// Decodes a LINESTRING (or the parts of a MULTILINESTRING, concatenated) into interleaved x,y. False if not a line.
bool decodeLineString(std::span<const std::uint8_t> blob, std::vector<double>& xy);
/// Decodes POLYGON or MULTIPOLYGON.
std::optional<MultiPolygon> decodeMultiPolygon(std::span<const std::uint8_t> blob);

}  // namespace pw::blob
