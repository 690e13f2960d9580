#include "report/report_text.h"

#include "core/error.h"

namespace pw {

std::string reportText(const Translate& tr, const char* english, const std::vector<std::string>& args) {
  const std::string text = tr ? tr(english) : std::string(english);
  return args.empty() ? text : formatMessage(text, args);
}

std::string orderStateName(const Translate& tr, const std::string& key) {
  auto t = [&](const char* english) { return reportText(tr, english); };
  if (key == "draft") return t(PW_TR("draft"));
  if (key == "issued") return t(PW_TR("issued"));
  if (key == "accepted") return t(PW_TR("accepted"));
  if (key == "in_progress") return t(PW_TR("in progress"));
  if (key == "submitted") return t(PW_TR("submitted"));
  if (key == "returned") return t(PW_TR("returned"));
  if (key == "suspended") return t(PW_TR("suspended"));
  if (key == "closed") return t(PW_TR("closed"));
  if (key == "cancelled") return t(PW_TR("cancelled"));
  return key;
}

std::string orderKindName(const Translate& tr, const std::string& key) {
  auto t = [&](const char* english) { return reportText(tr, english); };
  if (key == "repair") return t(PW_TR("repair work"));
  if (key == "maintenance") return t(PW_TR("maintenance work"));
  if (key == "separation") return t(PW_TR("separation work"));
  if (key == "reinspection") return t(PW_TR("re-inspection"));
  return key;
}

std::string priorityName(const Translate& tr, const std::string& key) {
  auto t = [&](const char* english) { return reportText(tr, english); };
  if (key == "urgent") return t(PW_TR("urgent"));
  if (key == "high") return t(PW_TR("high"));
  if (key == "normal") return t(PW_TR("normal"));
  if (key == "low") return t(PW_TR("low"));
  return key;
}

std::string separationStatusName(const Translate& tr, const std::string& key) {
  auto t = [&](const char* english) { return reportText(tr, english); };
  if (key == "planning") return t(PW_TR("planning stage"));
  if (key == "design") return t(PW_TR("design stage"));
  if (key == "construction") return t(PW_TR("under construction"));
  if (key == "completed") return t(PW_TR("construction completed"));
  if (key == "accepted") return t(PW_TR("accepted on completion"));
  return key;
}

std::string areaKindName(const Translate& tr, const std::string& key) {
  auto t = [&](const char* english) { return reportText(tr, english); };
  if (key == "old_residential") return t(PW_TR("old residential community"));
  if (key == "campus") return t(PW_TR("campus"));
  if (key == "block") return t(PW_TR("street block"));
  return key;
}

std::string drainageName(const Translate& tr, const std::string& key) {
  auto t = [&](const char* english) { return reportText(tr, english); };
  if (key == "rain") return t(PW_TR("rain"));
  if (key == "sewage") return t(PW_TR("sewage"));
  if (key == "combined") return t(PW_TR("combined"));
  return t(PW_TR("unknown"));
}

const char* romanGrade(int grade) {
  static const char* const kRoman[] = {"I", "II", "III", "IV"};
  return grade >= 1 && grade <= 4 ? kRoman[grade - 1] : "-";
}

}  // namespace pw
