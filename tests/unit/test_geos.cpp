// The GEOS wrapper (geom/geos.h): geometries built and measured through it, and every failure GEOS reports turned
// into an internal pw::Error that names the operation and GEOS's reason.
#include <array>
#include <functional>
#include <limits>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "geom/district_index.h"
#include "geom/geos.h"

namespace pw {
namespace {

using ::testing::HasSubstr;

/// The internal error `f` throws (fails the test when it throws none or another kind).
std::string internalError(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Internal);
    return e.what();
  }
  ADD_FAILURE() << "no error thrown";
  return {};
}

MultiPolygon square(double x0, double y0, double size) {
  return {Polygon{{Ring{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}}}}};
}

}  // namespace

TEST(Geos, BuildsAndMeasuresThroughTheWrapper) {
  const auto g = toGeos(square(0, 0, 10));
  EXPECT_TRUE(geos::isValid(*g));
  EXPECT_EQ(geos::isValidReason(*g), "Valid Geometry");
  EXPECT_DOUBLE_EQ(geos::area(*g), 100.0);
  const std::array<double, 4> xy{-5, 5, 15, 5};
  const auto line = geos::makeLineString(xy);
  EXPECT_DOUBLE_EQ(geos::length(*line), 20.0);
  EXPECT_DOUBLE_EQ(geos::length(*geos::intersection(*g, *line)), 10.0);
  const auto at = geos::pointXY(*geos::interpolate(*line, 7));
  EXPECT_DOUBLE_EQ(at.x, 2.0);
  EXPECT_DOUBLE_EQ(at.y, 5.0);
  EXPECT_DOUBLE_EQ(geos::project(*line, *geos::makePoint(3, 9)), 8.0);
  const auto prepared = geos::prepare(*g);
  EXPECT_TRUE(geos::preparedCovers(*prepared, *geos::makePoint(1, 1)));
  EXPECT_FALSE(geos::preparedCovers(*prepared, *line));
  EXPECT_TRUE(geos::preparedIntersects(*prepared, *line));
  const auto inside = geos::pointOnSurface(*g);
  ASSERT_TRUE(inside);
  EXPECT_TRUE(geos::preparedCovers(*prepared, *geos::makePoint(inside->x, inside->y)));
}

TEST(Geos, AnEmptyShapeHasNoPointOnItsSurface) { EXPECT_FALSE(geos::pointOnSurface(*toGeos(MultiPolygon{}))); }

TEST(Geos, ABowTieIsInvalidAndRepaired) {
  const MultiPolygon bowTie{Polygon{{Ring{{0, 0}, {10, 10}, {10, 0}, {0, 10}, {0, 0}}}}};
  const auto g = toGeos(bowTie);
  EXPECT_FALSE(geos::isValid(*g));
  EXPECT_THAT(geos::isValidReason(*g), HasSubstr("Self-intersection"));
  const auto fixed = geos::makeValid(*g);
  EXPECT_TRUE(geos::isValid(*fixed));
  EXPECT_DOUBLE_EQ(geos::area(*fixed), 50.0);
  DistrictIndex index({{7, bowTie}});
  EXPECT_TRUE(index.wasRepaired(7));
  EXPECT_EQ(index.pointDistrict(8, 5), 7);
}

TEST(Geos, FailuresNameTheOperationAndGeosReason) {
  const std::array<double, 4> xy{0, 0, 10, 0};
  const auto line = geos::makeLineString(xy);
  const auto point = geos::makePoint(1, 2);
  // GEOS refuses these; each failure must surface as an error, never as an unchecked default value.
  EXPECT_THAT(internalError([&] { geos::pointXY(*line); }), HasSubstr("GetX"));
  EXPECT_THAT(internalError([&] { geos::interpolate(*point, 1); }), HasSubstr("Interpolate"));
  EXPECT_THAT(internalError([&] { geos::project(*line, *line); }), HasSubstr("Project"));
  const std::array<double, 6> open{0, 0, 10, 0, 10, 10};  // a ring must be closed and have 4 points
  EXPECT_THAT(internalError([&] { geos::makeLinearRing(open); }), HasSubstr("LinearRing"));
}

TEST(Geos, ARingGeosRefusesFailsWithoutLeaking) {
  // A ring starting at a NaN never closes (NaN equals nothing), so GEOS refuses it after the first polygon and a
  // hole were built; those belong to their owners, so a sanitizer build reports no leak.
  MultiPolygon shapes = square(0, 0, 10);
  shapes.front().rings.push_back(Ring{{2, 2}, {3, 2}, {3, 3}, {2, 2}});
  const double nan = std::numeric_limits<double>::quiet_NaN();
  shapes.push_back(Polygon{{Ring{{nan, 20}, {30, 20}, {30, 30}, {nan, 20}}}});
  EXPECT_THAT(internalError([&] { toGeos(shapes); }), HasSubstr("LinearRing"));
}

}  // namespace pw
