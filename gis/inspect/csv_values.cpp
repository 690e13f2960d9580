#include "inspect/csv_values.h"

#include "core/numbers.h"
#include "inspect/csv_import.h"
#include "io/normalize.h"
#include "io/profile.h"

namespace pw {

const std::map<std::string, std::vector<std::string>>& csvColumnNames() {
  static const std::map<std::string, std::vector<std::string>> names = {
      {"pipe", {"PIPE", "PIPE_ID", "PIPEID", "管段编号", "管段", "管线编号", "GXBH", "GDBH", "管段編號", "管線編號"}},
      {"distance", {"DISTANCE", "DIST", "距离", "距离(M)", "位置", "缺陷位置", "距離", "距離(M)"}},
      {"code",
       {"CODE", "DEFECT", "DEFECT_CODE", "缺陷代码", "代码", "缺陷名称代码", "缺陷代碼", "代碼", "缺陷名稱代碼"}},
      {"grade", {"GRADE", "等级", "缺陷等级", "等級", "缺陷等級"}},
      {"clock", {"CLOCK", "时钟", "时钟表示", "环向位置", "時鐘", "時鐘表示", "環向位置"}},
      {"length", {"LENGTH", "长度", "纵向长度", "长度(M)", "長度", "縱向長度", "長度(M)"}},
      {"photo", {"PHOTO", "PHOTO_FILE", "照片", "图片", "照片文件", "圖片"}},
      {"description", {"DESCRIPTION", "描述", "说明", "管段内部状况描述", "說明", "管段內部狀況描述"}},
      {"date", {"DATE", "日期", "检测日期", "檢測日期"}},
      {"method", {"METHOD", "检测方法", "檢測方法"}},
      {"direction", {"DIRECTION", "检测方向", "檢測方向"}},
      {"team", {"TEAM", "检测单位", "检测班组", "檢測單位", "檢測班組"}},
  };
  return names;
}

std::optional<std::string> csvColumnOf(const std::string& header) {
  const std::string key = matchKey(header);
  for (const auto& [canonical, names] : csvColumnNames()) {
    for (const auto& n : names) {
      if (key == n) return canonical;
    }
  }
  return std::nullopt;
}

std::optional<int> parseGradeWord(const std::string& text) {
  const std::string t = matchKey(toHalfWidth(text));
  static const std::map<std::string, int> words = {
      {"1", 1},    {"2", 2},    {"3", 3},    {"4", 4},    {"I", 1},    {"II", 2},   {"III", 3},  {"IV", 4},
      {"一", 1},   {"二", 2},   {"三", 3},   {"四", 4},   {"一级", 1}, {"二级", 2}, {"三级", 3}, {"四级", 4},
      {"一級", 1}, {"二級", 2}, {"三級", 3}, {"四級", 4}, {"Ⅰ", 1},    {"Ⅱ", 2},    {"Ⅲ", 3},    {"Ⅳ", 4}};
  const auto it = words.find(t);
  if (it != words.end()) return it->second;
  return std::nullopt;
}

std::string directionKey(const std::string& text) {
  const std::string t = matchKey(text);
  if (t == "顺流" || t == "順流" || t == "WITH_FLOW" || t == "WITH") return "with_flow";
  if (t == "逆流" || t == "AGAINST_FLOW" || t == "AGAINST") return "against_flow";
  return text;
}

std::string methodKey(const std::string& text) {
  const std::string t = matchKey(text);
  if (t == "CCTV" || t == "电视检测" || t == "電視檢測") return "cctv";
  if (t == "QV" || t == "潜望镜" || t == "管道潜望镜" || t == "潛望鏡" || t == "管道潛望鏡") return "qv";
  if (t == "SONAR" || t == "声呐" || t == "聲吶") return "sonar";
  if (t == "VISUAL" || t == "目视" || t == "传统方法" || t == "目視" || t == "傳統方法") return "visual";
  return text;
}

std::optional<ClockRange> parseClock(const std::string& text) {
  const std::string t = matchKey(toHalfWidth(text));
  // An hour is one or two digits (no sign, no spaces) read by the strict whole-number parser, from 1 to 12.
  auto hour = [](const std::string& s) -> std::optional<int> {
    if (s.empty() || s.size() > 2 || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const auto h = parseWhole(s);
    if (!h || *h < 1 || *h > 12) return std::nullopt;
    return static_cast<int>(*h);
  };
  for (const char* sep : {"-", "~", "至", "TO"}) {
    if (const auto at = t.find(sep); at != std::string::npos) {
      auto a = hour(t.substr(0, at));
      auto b = hour(t.substr(at + std::string(sep).size()));
      if (a && b) return ClockRange{*a, *b};
      return std::nullopt;
    }
  }
  if (t.size() == 4) {
    auto a = hour(t.substr(0, 2));
    auto b = hour(t.substr(2));
    if (a && b) return ClockRange{*a, *b};
    return std::nullopt;
  }
  if (auto h = hour(t)) return ClockRange{*h, *h};
  return std::nullopt;
}

const char* clockFaultMessage() {
  return PW_TR("The clock position '%1' is not hours from 1 to 12 (write 0903, 9 or 9-3)");
}

ClockRange requireClock(const std::string& text, const std::string& field) {
  if (const auto c = parseClock(text)) return *c;
  throwBadInput(PW_TR("%1: the clock position '%2' is not hours from 1 to 12 (write 0903, 9 or 9-3)"), {field, text},
                {.field = field, .value = text});
}

}  // namespace pw
