#pragma once
// The words of CCTV result files: column names as the exporting software writes them (English, simplified and
// traditional Chinese) and the values of the grade, method and direction columns. Used by the CSV import.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pw {

/// Canonical column -> the header names CCTV exports use (compared through matchKey).
const std::map<std::string, std::vector<std::string>>& csvColumnNames();
/// The canonical column a header cell names, or nothing.
std::optional<std::string> csvColumnOf(const std::string& header);

/// 1-4 from "3", "III", "Ⅲ", "三", "三级" ...
std::optional<int> parseGradeWord(const std::string& text);
/// with_flow | against_flow from 顺流/逆流 or the keys; other text as it is (the store refuses it naming the field).
std::string directionKey(const std::string& text);
/// cctv | qv | sonar | visual from the words in use; other text as it is.
std::string methodKey(const std::string& text);

}  // namespace pw
