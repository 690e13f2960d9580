#pragma once
// Chinese road and district names.
#include <string>
#include <vector>

namespace pwgen {

/// A road-name stem and its kind: {"人民", "路"}, {"迎宾", "大道"}.
struct RoadStem {
  const char* stem;
  const char* kind;
};

/// The stem pool: common Chinese street names.
const std::vector<RoadStem>& roadStems();

/// "人民路"; with a section "东" -> "人民东路"; for 大道 "迎宾大道东段". An ordinal > 1 gives "人民二路".
std::string roadName(const RoadStem& stem, const std::string& section = {}, int ordinal = 1);

/// District names: the five of the sample city first, then more for the benchmark.
std::string districtName(int index);
/// Administrative codes 330102, 330103, ...
std::string districtCode(int index);

/// 1..99 in Chinese numerals (一, 十二, 九十九); larger numbers in Arabic digits.
std::string chineseNumeral(int n);

}  // namespace pwgen
