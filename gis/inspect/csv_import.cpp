#include "inspect/csv_import.h"

#include <filesystem>
#include <map>

#include "core/error.h"
#include "core/paths.h"
#include "io/encoding.h"
#include "io/normalize.h"
#include "io/profile.h"
#include "inspect/findings.h"
#include "store/project.h"

namespace pw {
namespace {

std::vector<std::vector<std::string>> parseCsv(const std::string& text, char delimiter) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == delimiter) {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

/// Canonical column -> the header names CCTV exports use.
const std::map<std::string, std::vector<std::string>>& columnNames() {
  static const std::map<std::string, std::vector<std::string>> names = {
      {"pipe", {"PIPE", "PIPE_ID", "PIPEID", "管段编号", "管段", "管线编号", "GXBH", "GDBH"}},
      {"distance", {"DISTANCE", "DIST", "距离", "距离(M)", "位置", "缺陷位置"}},
      {"code", {"CODE", "DEFECT", "DEFECT_CODE", "缺陷代码", "代码", "缺陷名称代码"}},
      {"grade", {"GRADE", "等级", "缺陷等级"}},
      {"clock", {"CLOCK", "时钟", "时钟表示", "环向位置"}},
      {"length", {"LENGTH", "长度", "纵向长度", "长度(M)"}},
      {"photo", {"PHOTO", "PHOTO_FILE", "照片", "图片", "照片文件"}},
      {"description", {"DESCRIPTION", "描述", "说明", "管段内部状况描述"}},
      {"date", {"DATE", "日期", "检测日期"}},
      {"method", {"METHOD", "检测方法"}},
      {"direction", {"DIRECTION", "检测方向"}},
      {"team", {"TEAM", "检测单位", "检测班组"}},
  };
  return names;
}

std::optional<int> parseGrade(const std::string& text) {
  const std::string t = matchKey(toHalfWidth(text));
  static const std::map<std::string, int> words = {{"1", 1}, {"2", 2}, {"3", 3}, {"4", 4}, {"I", 1}, {"II", 2},
                                                   {"III", 3}, {"IV", 4}, {"一", 1}, {"二", 2}, {"三", 3}, {"四", 4},
                                                   {"一级", 1}, {"二级", 2}, {"三级", 3}, {"四级", 4},
                                                   {"Ⅰ", 1}, {"Ⅱ", 2}, {"Ⅲ", 3}, {"Ⅳ", 4}};
  const auto it = words.find(t);
  if (it != words.end()) return it->second;
  return std::nullopt;
}

std::string directionKey(const std::string& text) {
  const std::string t = matchKey(text);
  if (t == "顺流" || t == "WITH_FLOW" || t == "WITH") return "with_flow";
  if (t == "逆流" || t == "AGAINST_FLOW" || t == "AGAINST") return "against_flow";
  return text;
}

std::string methodKey(const std::string& text) {
  const std::string t = matchKey(text);
  if (t == "CCTV" || t == "电视检测") return "cctv";
  if (t == "QV" || t == "潜望镜" || t == "管道潜望镜") return "qv";
  if (t == "SONAR" || t == "声呐") return "sonar";
  if (t == "VISUAL" || t == "目视" || t == "传统方法") return "visual";
  return text;
}

}  // namespace

std::optional<ClockRange> parseClock(const std::string& text) {
  const std::string t = matchKey(toHalfWidth(text));
  auto hour = [](const std::string& s) -> std::optional<int> {
    if (s.empty() || s.size() > 2) return std::nullopt;
    for (char c : s) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    }
    const int h = std::stoi(s);
    if (h < 1 || h > 12) return std::nullopt;
    return h;
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

CsvImportReport importInspectionCsv(Project& project, FindingsStore& store, const std::string& csvPath,
                                    const CsvImportOptions& options) {
  CsvImportReport report;
  std::string text = readFile(csvPath);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  report.encoding = "UTF-8";
  if (!enc::isValidUtf8(text)) {  // CCTV software on Chinese Windows writes GBK
    text = enc::Decoder("GBK").decode(text);
    report.encoding = "GBK";
  }
  const std::string firstLine = text.substr(0, text.find('\n'));
  char delimiter = ',';
  for (char d : {'\t', ';'}) {
    if (std::count(firstLine.begin(), firstLine.end(), d) > std::count(firstLine.begin(), firstLine.end(), delimiter)) delimiter = d;
  }
  auto rows = parseCsv(text, delimiter);
  if (rows.empty()) throwBadInput(PW_TR("%1 is empty"), {csvPath}, {.file = csvPath});
  // Header: which column is which.
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < rows[0].size(); ++i) {
    const std::string key = matchKey(rows[0][i]);
    for (const auto& [canonical, names] : columnNames()) {
      for (const auto& n : names) {
        if (key == n && !column.count(canonical)) column[canonical] = i;
      }
    }
  }
  for (const char* required : {"pipe", "distance", "code", "grade"}) {
    if (!column.count(required)) {
      throwBadInput(PW_TR("%1 has no '%2' column (its header: %3)"),
                    {csvPath, required, [&] {
                       std::string h;
                       for (const auto& c : rows[0]) h += (h.empty() ? "" : ", ") + c;
                       return h;
                     }()},
                    {.file = csvPath, .field = required});
    }
  }
  const auto baseDir = std::filesystem::path(csvPath).parent_path();
  struct Row {
    std::int64_t rowNo = 0;
    std::int64_t pipeId = 0;
    std::string pipeCode;
    DefectRecord defect;
    std::string photoPath;
    std::string date, method, direction, team;
  };
  std::vector<Row> parsed;
  std::vector<RowProblem> problems;
  auto cell = [&](const std::vector<std::string>& r, const char* name) -> std::string {
    const auto it = column.find(name);
    if (it == column.end() || it->second >= r.size()) return {};
    std::string v = r[it->second];
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.pop_back();
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.erase(0, 1);
    return v;
  };
  auto pipeQuery = project.db().prepare("SELECT id, length_m FROM pipes WHERE code = ?");
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    if (r.size() == 1 && r[0].empty()) continue;  // a blank line
    ++report.rows;
    const auto rowNo = static_cast<std::int64_t>(i + 1);  // as a spreadsheet numbers it, header = row 1
    auto problem = [&](const char* field, const std::string& value, const char* messageTemplate, std::vector<std::string> args) {
      problems.push_back({rowNo, field, value, messageTemplate, std::move(args)});
    };
    Row row;
    row.rowNo = rowNo;
    row.pipeCode = cell(r, "pipe");
    pipeQuery.bind(1, row.pipeCode);
    double pipeLength = 0;
    if (pipeQuery.step()) {
      row.pipeId = pipeQuery.int64(0);
      pipeLength = pipeQuery.real(1);
    } else {
      problem("pipe", row.pipeCode, PW_TR("There is no pipe with the id '%1' in the project"), {row.pipeCode});
    }
    pipeQuery.reset();
    const auto distance = parseNumber(cell(r, "distance"));
    if (!distance) problem("distance", cell(r, "distance"), PW_TR("'%1' is not a distance in metres"), {cell(r, "distance")});
    const auto grade = parseGrade(cell(r, "grade"));
    if (!grade) problem("grade", cell(r, "grade"), PW_TR("'%1' is not a grade from 1 to 4"), {cell(r, "grade")});
    row.defect.code = matchKey(cell(r, "code"));
    row.defect.grade = grade.value_or(0);
    row.defect.distance = distance.value_or(0);
    if (const std::string len = cell(r, "length"); !len.empty()) {
      row.defect.length = parseNumber(len);
      if (!row.defect.length) problem("length", len, PW_TR("'%1' is not a length in metres"), {len});
    }
    if (const std::string clock = cell(r, "clock"); !clock.empty()) {
      if (const auto c = parseClock(clock)) {
        row.defect.clockFrom = c->from;
        row.defect.clockTo = c->to;
      } else {
        problem("clock", clock, PW_TR("The clock position '%1' is not hours from 1 to 12 (write 0903, 9 or 9-3)"), {clock});
      }
    }
    if (const std::string d = cell(r, "description"); !d.empty()) row.defect.description = d;
    if (row.pipeId && distance && grade) {
      try {
        store.validateDefectValues(row.defect, pipeLength);
      } catch (const Error& e) {
        problems.push_back({rowNo, e.context().field, e.context().value, e.messageTemplate(), e.args()});
      }
    }
    if (const std::string photo = cell(r, "photo"); !photo.empty()) {
      const auto path = std::filesystem::path(photo).is_absolute() ? std::filesystem::path(photo) : baseDir / photo;
      std::error_code ec;
      if (!std::filesystem::is_regular_file(path, ec)) {
        problem("photo", photo, PW_TR("The photo file %1 does not exist"), {path.string()});
      } else if (imageMimeType(readFile(path.string()).substr(0, 64)).empty()) {
        problem("photo", photo, PW_TR("%1 is not a photo (JPEG, PNG, GIF, BMP, TIFF or WebP)"), {path.string()});
      } else {
        row.photoPath = path.string();
      }
    }
    row.date = cell(r, "date").empty() ? options.date : cell(r, "date");
    row.method = cell(r, "method").empty() ? options.method : methodKey(cell(r, "method"));
    row.direction = cell(r, "direction").empty() ? options.direction : directionKey(cell(r, "direction"));
    row.team = cell(r, "team").empty() ? options.team : cell(r, "team");
    if (row.date.empty()) problem("date", "", PW_TR("No inspection date: add a date column or state --date"), {});
    parsed.push_back(std::move(row));
  }
  if (!problems.empty()) {
    const std::string problemCount = std::to_string(problems.size());
    throw BatchError(PW_TR("%1: %2 problems in %3 rows; nothing was imported"),
                     {csvPath, problemCount, std::to_string(report.rows)}, std::move(problems), {.file = csvPath});
  }
  // All rows are sound: one inspection per pipe (and date), its defects and photos, in one transaction.
  sql::Transaction tx(project.db());
  std::map<std::pair<std::int64_t, std::string>, std::int64_t> inspectionOf;
  for (auto& row : parsed) {
    const auto key = std::make_pair(row.pipeId, row.date);
    auto it = inspectionOf.find(key);
    if (it == inspectionOf.end()) {
      InspectionRecord inspection;
      inspection.pipeId = row.pipeId;
      inspection.date = row.date;
      inspection.method = row.method;
      inspection.direction = row.direction;
      if (!row.team.empty()) inspection.team = row.team;
      inspection.notes = "imported from " + std::filesystem::path(csvPath).filename().string();
      try {
        it = inspectionOf.emplace(key, store.addInspection(inspection, options.user)).first;
      } catch (const Error& e) {
        throw BatchError(PW_TR("%1: %2 problems in %3 rows; nothing was imported"), {csvPath, "1", std::to_string(report.rows)},
                         {{row.rowNo, e.context().field, e.context().value, e.messageTemplate(), e.args()}}, {.file = csvPath});
      }
      ++report.inspections;
    }
    row.defect.inspectionId = it->second;
    const std::int64_t defectId = store.addDefect(row.defect, options.user);
    ++report.defects;
    if (!row.photoPath.empty()) {
      const std::int64_t photo = store.addPhoto(readFile(row.photoPath), row.photoPath, options.user);
      store.linkPhoto("defect", defectId, photo, options.user);
      ++report.photos;
    }
  }
  tx.commit();
  return report;
}

}  // namespace pw
