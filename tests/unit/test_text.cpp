// Messages, numbers and text normalisation.
#include <gtest/gtest.h>

#include "core/error.h"
#include "io/normalize.h"

namespace pw {

TEST(Messages, PlaceholdersAreFilledOnceAndInOrder) {
  EXPECT_EQ(formatMessage("%1 of %2 (%1)", {"3", "%2"}), "3 of %2 (3)");
  EXPECT_EQ(formatMessage("no args %1", {}), "no args %1");
  EXPECT_EQ(formatMessage("100% done", {"x"}), "100% done");
}

TEST(Messages, ErrorKeepsTemplateArgsAndContext) {
  const Error e(ErrorKind::BadInput, "field %1 in %2", {"GJ", "pipes.shp"}, {.file = "pipes.shp", .feature = 7});
  EXPECT_STREQ(e.what(), "field GJ in pipes.shp");
  EXPECT_STREQ(e.messageTemplate(), "field %1 in %2");
  EXPECT_EQ(e.context().feature, 7);
  EXPECT_EQ(e.kind(), ErrorKind::BadInput);
}

TEST(Messages, NumbersWithoutTrailingZeros) {
  EXPECT_EQ(formatNumber(12.0), "12");
  EXPECT_EQ(formatNumber(12.3456, 2), "12.35");
  EXPECT_EQ(formatNumber(-0.0001, 2), "0");
  EXPECT_EQ(formatNumber(3350000.125, 3), "3350000.125");
}

TEST(Normalise, NumbersAsSurveysWriteThem) {
  EXPECT_EQ(parseNumber("300"), 300.0);
  EXPECT_EQ(parseNumber(" DN300 "), 300.0);
  EXPECT_EQ(parseNumber("d400"), 400.0);
  EXPECT_EQ(parseNumber("\xCE\xA6"
                        "600"),
            600.0);                                                       // Φ600
  EXPECT_EQ(parseNumber("\xEF\xBC\x93\xEF\xBC\x90\xEF\xBC\x90"), 300.0);  // full-width ３００
  EXPECT_EQ(parseNumber("1.25m"), 1.25);
  EXPECT_EQ(parseNumber("-2.5"), -2.5);
  EXPECT_EQ(parseNumber("+7"), 7.0);
  EXPECT_FALSE(parseNumber(""));
  EXPECT_FALSE(parseNumber("abc"));
  EXPECT_FALSE(parseNumber("不明"));
}

TEST(Normalise, SectionsWidthByHeight) {
  auto s = parseSection(
      "1200\xC3\x97"
      "800");  // 1200×800
  ASSERT_TRUE(s);
  EXPECT_EQ(s->width, 1200.0);
  EXPECT_EQ(s->height, 800.0);
  s = parseSection("B1000*H600");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->width, 1000.0);
  s = parseSection("DN500");
  ASSERT_TRUE(s);
  EXPECT_FALSE(s->height);
}

TEST(Normalise, YearsFromDates) {
  EXPECT_EQ(parseYear("2008"), 2008);
  EXPECT_EQ(parseYear("2008-05"), 2008);
  EXPECT_EQ(parseYear("20080501"), 2008);  // yyyymmdd
  EXPECT_EQ(parseYear("2008/5/1"), 2008);
  EXPECT_EQ(parseYear("1998\xE5\xB9\xB4"), 1998);  // 1998年
  EXPECT_FALSE(parseYear("1850"));
  EXPECT_FALSE(parseYear(""));
}

TEST(Normalise, DrainageTypesFromEveryConvention) {
  const auto& v = defaultVocabulary();
  EXPECT_EQ(normaliseDrainage("雨水", nullptr, v), "rain");
  EXPECT_EQ(normaliseDrainage(" ys ", nullptr, v), "rain");
  EXPECT_EQ(normaliseDrainage("52021000", nullptr, v), "sewage");
  EXPECT_EQ(normaliseDrainage("Sanitary", nullptr, v), "sewage");
  EXPECT_EQ(normaliseDrainage("雨污合流", nullptr, v), "combined");
  EXPECT_EQ(normaliseDrainage("HS", nullptr, v), "combined");
  EXPECT_EQ(normaliseDrainage("雨水检查井", nullptr, v), "rain");
  EXPECT_FALSE(normaliseDrainage("不明", nullptr, v));
  EXPECT_FALSE(normaliseDrainage("", nullptr, v));
  LayerMapping census;
  census.values["drainage"]["sewage"] = {"2"};
  EXPECT_EQ(normaliseDrainage("2", &census, v), "sewage");
  EXPECT_FALSE(normaliseDrainage("2", nullptr, v));
}

TEST(Normalise, MaterialsToCjj61Codes) {
  const auto& v = defaultVocabulary();
  EXPECT_EQ(normaliseMaterial("砼", v), "T");
  EXPECT_EQ(normaliseMaterial("钢筋混凝土", v), "T");
  EXPECT_EQ(normaliseMaterial("hdpe", v), "PE");
  EXPECT_EQ(normaliseMaterial("QM", v), "QM");
  EXPECT_EQ(v.materialName.at("BLG"), "玻璃钢");
  EXPECT_FALSE(normaliseMaterial("木头", v));
}

}  // namespace pw
