// Encodings of DBF text: declarations, decoding, and the choice between what is declared and what the bytes say.
#include <gtest/gtest.h>

#include "core/error.h"
#include "io/encoding.h"

namespace pw::enc {
namespace {

const std::string kRenminLuGbk = "\xC8\xCB\xC3\xF1\xC2\xB7";  // 人民路 in GBK
const std::string kRenminLuUtf8 = "人民路";

}  // namespace

TEST(Encoding, CpgAndOptionNames) {
  EXPECT_EQ(normaliseEncodingName("936"), "GBK");
  EXPECT_EQ(normaliseEncodingName(" cp936\r\n"), "GBK");
  EXPECT_EQ(normaliseEncodingName("GB2312"), "GBK");
  EXPECT_EQ(normaliseEncodingName("UTF-8"), "UTF-8");
  EXPECT_EQ(normaliseEncodingName("utf8"), "UTF-8");
  EXPECT_EQ(normaliseEncodingName("ANSI 1250"), "CP1250");
  EXPECT_EQ(normaliseEncodingName("1252"), "CP1252");
  EXPECT_EQ(normaliseEncodingName("GB18030"), "GB18030");
  EXPECT_FALSE(normaliseEncodingName("<!DOCTYPE html><html>"));
  EXPECT_FALSE(normaliseEncodingName(""));
  EXPECT_FALSE(normaliseEncodingName("12345"));
}

TEST(Encoding, LanguageDriverBytes) {
  EXPECT_EQ(encodingFromLdid(0x4D), "GBK");
  EXPECT_EQ(encodingFromLdid(0x7A), "GBK");
  EXPECT_EQ(encodingFromLdid(0x57), "ISO-8859-1");
  EXPECT_EQ(encodingFromLdid(0x03), "CP1252");
  EXPECT_FALSE(encodingFromLdid(0x00));
}

TEST(Encoding, DecodesGbkAndMarksInvalidBytes) {
  const Decoder gbk("GBK");
  std::string out;
  EXPECT_TRUE(gbk.decode(kRenminLuGbk + " 12", out));
  EXPECT_EQ(out, kRenminLuUtf8 + " 12");
  EXPECT_FALSE(gbk.decode("\xC8", out));  // a lead byte without its trail byte
  EXPECT_EQ(out, "\xEF\xBF\xBD");         // U+FFFD
  // A GB18030 four-byte sequence (U+00B7? no: 0x81308130 is U+0080).
  const Decoder gb18030("GB18030");
  EXPECT_TRUE(gb18030.decode("\x81\x30\x81\x30", out));
  EXPECT_EQ(out, "\xC2\x80");
}

TEST(Encoding, DecodesSingleByteAndUtf8) {
  const Decoder latin1("ISO-8859-1");
  EXPECT_EQ(latin1.decode("M\xFCller"), "Müller");
  const Decoder utf8("UTF-8");
  std::string out;
  EXPECT_TRUE(utf8.decode(kRenminLuUtf8, out));
  EXPECT_EQ(out, kRenminLuUtf8);
  EXPECT_FALSE(utf8.decode(kRenminLuGbk, out));
  EXPECT_THROW(Decoder("NO-SUCH-ENCODING"), Error);
}

TEST(Encoding, Utf8Validation) {
  EXPECT_TRUE(isValidUtf8("plain"));
  EXPECT_TRUE(isValidUtf8(kRenminLuUtf8));
  EXPECT_FALSE(isValidUtf8(kRenminLuGbk));
  EXPECT_FALSE(isValidUtf8("\xE4\xBA"));      // truncated
  EXPECT_FALSE(isValidUtf8("\xC0\xAF"));      // overlong
  EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));  // surrogate
}

TEST(Encoding, FollowsATrueDeclaration) {
  auto c = chooseEncoding({"GBK", {"the .cpg file says %1", {"GBK"}}}, {kRenminLuGbk, "YS-001"});
  EXPECT_EQ(c.name, "GBK");
  EXPECT_FALSE(c.mojibakeAvoided);
  c = chooseEncoding({"UTF-8", {"the .cpg file says %1", {"UTF-8"}}}, {kRenminLuUtf8});
  EXPECT_EQ(c.name, "UTF-8");
}

TEST(Encoding, GbkDeclaredAsUtf8IsDetected) {
  const auto c = chooseEncoding({"UTF-8", {"the .cpg file says %1", {"UTF-8"}}},
                                {kRenminLuGbk, "\xBD\xE2\xB7\xC5\xC2\xB7"});  // 解放路 in GBK
  EXPECT_EQ(c.name, "GBK");
  EXPECT_TRUE(c.mojibakeAvoided);
  EXPECT_NE(c.englishReason().find("GBK"), std::string::npos);
}

TEST(Encoding, GbkUnderTheAnsiLanguageByteIsDetected) {
  // LDID 87 ("ANSI") on GBK data is the classic cause of mojibake.
  const auto c = chooseEncoding({"ISO-8859-1", {"the DBF language byte %1 says %2", {"0x57", "ISO-8859-1"}}},
                                {kRenminLuGbk, kRenminLuGbk + "2"});
  EXPECT_EQ(c.name, "GBK");
  EXPECT_TRUE(c.mojibakeAvoided);
}

TEST(Encoding, Utf8DeclaredAsGbkIsDetected) {
  const auto c = chooseEncoding({"GBK", {"the .cpg file says %1", {"GBK"}}}, {kRenminLuUtf8, "中山路"});
  EXPECT_EQ(c.name, "UTF-8");
  EXPECT_TRUE(c.mojibakeAvoided);
}

TEST(Encoding, RealLatin1StaysLatin1) {
  const auto c =
      chooseEncoding({"ISO-8859-1", {"the DBF language byte %1 says %2", {"0x57", "ISO-8859-1"}}}, {"M\xFCller",
                                                                                                    "Stra\xDF"
                                                                                                    "e",
                                                                                                    "Caf\xE9"});
  EXPECT_EQ(c.name, "ISO-8859-1");
  EXPECT_FALSE(c.mojibakeAvoided);
}

TEST(Encoding, UndeclaredChineseIsGbk) {
  const auto c = chooseEncoding({std::nullopt, {}}, {kRenminLuGbk});
  EXPECT_EQ(c.name, "GBK");
  const auto ascii = chooseEncoding({std::nullopt, {}}, {"YS-001", "W12"});
  EXPECT_EQ(ascii.name, "UTF-8");
}

}  // namespace pw::enc
