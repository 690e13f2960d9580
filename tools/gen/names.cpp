#include "names.h"

#include <array>

namespace pwgen {

const std::vector<RoadStem>& roadStems() {
  static const std::vector<RoadStem> stems = {
      {"人民", "路"},   {"解放", "路"}, {"中山", "路"}, {"建设", "路"}, {"文化", "路"},   {"和平", "路"},
      {"新华", "路"},   {"胜利", "路"}, {"朝阳", "路"}, {"东风", "路"}, {"青年", "路"},   {"工业", "路"},
      {"学府", "路"},   {"长江", "路"}, {"黄河", "路"}, {"振兴", "路"}, {"迎宾", "大道"}, {"滨江", "大道"},
      {"科技", "大道"}, {"创业", "路"}, {"延安", "路"}, {"光明", "路"}, {"健康", "路"},   {"体育", "路"},
      {"幸福", "路"},   {"团结", "路"}, {"红旗", "路"}, {"北京", "路"}, {"南京", "路"},   {"环城", "路"},
      {"友谊", "路"},   {"公园", "路"}, {"花园", "路"}, {"育才", "路"}, {"府前", "路"},   {"金融", "路"},
      {"兴业", "路"},   {"复兴", "路"}, {"民主", "路"}, {"光华", "路"}, {"华夏", "大道"}, {"世纪", "大道"},
      {"园区", "路"},   {"湖滨", "路"}, {"运河", "路"}, {"秀水", "路"}, {"春晖", "路"},   {"丰收", "路"}};
  return stems;
}

std::string chineseNumeral(int n) {
  static const std::array<const char*, 10> digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 1 || n > 99) return std::to_string(n);
  if (n < 10) return digits[static_cast<std::size_t>(n)];
  std::string out;
  if (n / 10 > 1) out += digits[static_cast<std::size_t>(n / 10)];
  out += "十";
  if (n % 10 != 0) out += digits[static_cast<std::size_t>(n % 10)];
  return out;
}

std::string roadName(const RoadStem& stem, const std::string& section, int ordinal) {
  std::string name = stem.stem;
  if (ordinal > 1) name += chineseNumeral(ordinal);
  const std::string kind = stem.kind;
  if (section.empty()) return name + kind;
  if (kind == "路") return name + section + kind;  // 人民东路
  return name + kind + section + "段";             // 迎宾大道东段
}

std::string districtName(int index) {
  static const std::vector<std::string> names = {"老城区", "高新区", "城北区", "滨江区", "开发区", "城南区", "城东区",
                                                 "城西区", "江南区", "江北区", "临江区", "东湖区", "西湖区", "南湖区",
                                                 "北湖区", "新城区", "港区",   "湖滨区", "经开区", "保税区"};
  if (index >= 0 && static_cast<std::size_t>(index) < names.size()) return names[static_cast<std::size_t>(index)];
  return "第" + chineseNumeral(index + 1) + "区";
}

std::string districtCode(int index) {
  // 3301xx: the districts of a prefecture-level city; sample codes fixed, the rest sequential
  static const std::vector<std::string> codes = {"330102", "330106", "330105", "330108", "330112"};
  if (index >= 0 && static_cast<std::size_t>(index) < codes.size()) return codes[static_cast<std::size_t>(index)];
  const int n = 113 + (index - static_cast<int>(codes.size()));
  return "330" + std::to_string(n);
}

}  // namespace pwgen
