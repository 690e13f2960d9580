// CRS: EPSG codes, .prj files, and CGCS2000 Gauss-Kruger coordinates recognised without a definition.
#include <fstream>

#include <gtest/gtest.h>

#include "core/error.h"
#include "core/tempdir.h"
#include "crs/crs.h"
#include "crs/proj.h"

namespace pw::crs {

TEST(Crs, ParsesEpsgCodes) {
  EXPECT_EQ(parseEpsg("EPSG:4528"), 4528);
  EXPECT_EQ(parseEpsg("epsg:4549"), 4549);
  EXPECT_EQ(parseEpsg("4490"), 4490);
  EXPECT_THROW(parseEpsg("CGCS2000"), Error);
  EXPECT_THROW(parseEpsg("EPSG:"), Error);
}

TEST(Crs, Cgcs2000ZoneArithmetic) {
  EXPECT_EQ(cgcs2000ZonePrefixedEpsg(40), 4528);
  EXPECT_EQ(cgcs2000ZonePrefixedEpsg(25), 4513);
  EXPECT_EQ(cgcs2000ZonePrefixedEpsg(46), 0);
  EXPECT_EQ(cgcs2000CentralMeridianEpsg(120), 4549);
  EXPECT_EQ(cgcs2000CentralMeridianEpsg(126), 4551);
  EXPECT_EQ(cgcs2000CentralMeridian(4528), 120);
  EXPECT_EQ(cgcs2000CentralMeridian(4549), 120);
  EXPECT_EQ(cgcs2000CentralMeridian(4326), 0);
  EXPECT_TRUE(isProjectedMetres(4549));
  EXPECT_FALSE(isProjectedMetres(4490));
}

TEST(Crs, RecognisesZonePrefixedEastings) {
  const auto c = recogniseFromCoordinates({40512000, 3350000, 40519000, 3356000}, 0);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->epsg, 4528);
  EXPECT_NE(c->reason.english().find("40"), std::string::npos);
}

TEST(Crs, RecognisesLongitudeLatitudeInChina) {
  const auto c = recogniseFromCoordinates({120.1, 30.2, 120.3, 30.4}, 0);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->epsg, 4490);
  EXPECT_TRUE(c->geographic);
}

TEST(Crs, UnprefixedEastingsNeedAHint) {
  const Extent e{512000, 3350000, 519000, 3356000};
  EXPECT_FALSE(recogniseFromCoordinates(e, 0));
  EXPECT_FALSE(recogniseFromCoordinates(e, 3857));
  const auto fromPrefixed = recogniseFromCoordinates(e, 4528);
  ASSERT_TRUE(fromPrefixed);
  EXPECT_EQ(fromPrefixed->epsg, 4549);
  EXPECT_EQ(recogniseFromCoordinates(e, 4549)->epsg, 4549);
  EXPECT_FALSE(recogniseFromCoordinates({10, 10, 20, 20}, 4549));  // local coordinates: no guess
}

TEST(Crs, DamagedCoordinatesAreNotRecognised) {
  // A damaged shapefile's extent: the zone was computed by casting -3e225 to int (UBSan, found by fuzzing).
  EXPECT_FALSE(recogniseFromCoordinates({-3.1e225, 3350000, 40519000, 3356000}, 0));
  EXPECT_FALSE(recogniseFromCoordinates({40512000, 3350000, 1e300, 3356000}, 4549));
  EXPECT_THROW(projectCrsFor(fromEpsg(4490), {-1e300, 30.2, 1e300, 30.4}), Error);
}

TEST(Crs, ProjectCrsFromTheFirstSource) {
  EXPECT_EQ(projectCrsFor(fromEpsg(4528), {}).epsg, 4528);
  EXPECT_EQ(projectCrsFor(fromEpsg(4490), {120.1, 30.2, 120.3, 30.4}).epsg, 4549);
  EXPECT_EQ(projectCrsFor(fromEpsg(4326), {125.6, 43.8, 125.9, 44.0}).epsg, 4551);
  EXPECT_THROW(projectCrsFor(fromEpsg(4326), {2.3, 48.8, 2.4, 48.9}), Error);  // Paris: no CGCS2000 zone
}

TEST(Crs, ReadsEsriPrjOfCgcs2000Zone40) {
  TempDir dir;
  const std::string prj = dir.path() + "/a.prj";
  std::ofstream(prj)
      << "PROJCS[\"CGCS2000_3_Degree_GK_Zone_40\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
         "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
         "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",40500000.0],"
         "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",120.0],PARAMETER[\"Scale_Factor\",1.0],"
         "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
  const auto c = fromPrjFile(prj);
  EXPECT_EQ(c.epsg, 4528);
  EXPECT_FALSE(c.geographic);
}

TEST(Crs, RefusesAPrjThatIsNotACrs) {
  TempDir dir;
  const std::string prj = dir.path() + "/bad.prj";
  std::ofstream(prj) << "<!DOCTYPE html><html><body>404</body></html>";
  try {
    fromPrjFile(prj);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_NE(std::string(e.what()).find("bad.prj"), std::string::npos);
  }
}

TEST(Crs, TransformsBetweenPrefixedAndCentralMeridianZones) {
  const proj::Transformer t("EPSG:4528", "EPSG:4549");
  std::vector<double> xy{40512345.6, 3351234.5};
  t.transform(xy);
  EXPECT_NEAR(xy[0], 512345.6, 1e-6);
  EXPECT_NEAR(xy[1], 3351234.5, 1e-6);
  const proj::Transformer toGeographic("EPSG:4549", "EPSG:4490");
  toGeographic.transform(xy);
  EXPECT_NEAR(xy[0], 120.13, 0.01);  // longitude first (traditional GIS order)
  EXPECT_NEAR(xy[1], 30.28, 0.01);
  EXPECT_TRUE(proj::Transformer("EPSG:4549", "EPSG:4549").isIdentity());
}

}  // namespace pw::crs

namespace pw::crs {

TEST(Crs, ZoneVariantsShiftExactlyAsProjAgrees) {
  // The shortcut for the same zone with and without prefix equals PROJ's full transformation.
  const proj::Transformer shortcut("EPSG:4528", "EPSG:4549");
  std::vector<double> a{40512345.678, 3351234.5, 40488000.25, 3299999.75};
  std::vector<double> b = a;
  shortcut.transform(a);
  EXPECT_NEAR(a[0], 512345.678, 1e-6);
  const proj::Transformer full("EPSG:4528", "EPSG:4490");
  const proj::Transformer back("EPSG:4490", "EPSG:4549");
  full.transform(b);
  back.transform(b);
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_NEAR(a[i], b[i], 1e-6);
}

}  // namespace pw::crs
