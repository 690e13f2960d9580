#include "inspect/csv_import.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "access/users.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/numbers.h"
#include "core/paths.h"
#include "core/sha256.h"
#include "inspect/csv_table.h"
#include "inspect/csv_values.h"
#include "inspect/findings.h"
#include "io/normalize.h"
#include "io/profile.h"
#include "store/project.h"

namespace pw {
namespace {

constexpr const char* kRefusedTemplate = PW_TR("%1: %2 problems in %3 rows; nothing was imported");

/// Which column is which: the first header cell naming a canonical column takes it; the others are ignored (listed
/// in the report, never silently).
struct Columns {
  std::map<std::string, std::size_t> index;
  std::vector<std::string> ignored;
};

Columns columnsOf(const CsvTable& table) {
  Columns columns;
  const auto& header = table.rows.front();
  for (std::size_t i = 0; i < header.size(); ++i) {
    const auto canonical = csvColumnOf(header[i]);
    if (canonical && columns.index.emplace(*canonical, i).second) continue;
    if (!matchKey(header[i]).empty()) {
      columns.ignored.push_back(header[i]);
      continue;
    }
    for (const auto& row : table.rows) {  // a nameless column counts only when it holds something
      if (i < row.size() && !matchKey(row[i]).empty()) {
        columns.ignored.push_back(formatMessage(PW_TR("(column %1, no name)"), {std::to_string(i + 1)}));
        break;
      }
    }
  }
  return columns;
}

std::string headerText(const std::vector<std::string>& header) {
  std::string h;
  for (const auto& c : header) h += (h.empty() ? "" : ", ") + c;
  return h;
}

struct Row {
  std::int64_t rowNo = 0;
  std::int64_t pipeId = 0;
  DefectRecord defect;
  std::string photoPath;
  std::string date, method, direction, team;
};

/// Checks every row and collects each fault with its row and field; nothing is written here.
class RowReader {
public:
  RowReader(Project& project, FindingsStore& store, const Columns& columns, std::size_t headerSize,
            const std::string& csvPath, const CsvImportOptions& options)
      : m_store(store),
        m_columns(columns),
        m_headerSize(headerSize),
        m_baseDir(std::filesystem::path(csvPath).parent_path()),
        m_options(options),
        m_pipeQuery(project.db().prepare("SELECT id, length_m FROM pipes WHERE code = ?")) {}

  std::vector<RowProblem> problems;

  Row read(const std::vector<std::string>& r, std::int64_t rowNo) {
    m_cells = &r;
    m_rowNo = rowNo;
    Row row;
    row.rowNo = rowNo;
    // More cells than the header: a decimal comma ("3,5") or a delimiter in an unquoted cell has shifted them, and
    // every cell after it is in the wrong column.
    if (std::any_of(r.begin() + static_cast<std::ptrdiff_t>(std::min(m_headerSize, r.size())), r.end(),
                    [](const std::string& c) { return !matchKey(c).empty(); })) {
      problems.push_back({rowNo,
                          "cells",
                          std::to_string(r.size()),
                          PW_TR("The row has %1 cells, the header %2: a decimal comma or a delimiter in a cell "
                                "without quotes has shifted them"),
                          {std::to_string(r.size()), std::to_string(m_headerSize)}});
    }
    const std::string pipeCode = cell("pipe");
    m_pipeQuery.bind(1, pipeCode);
    double pipeLength = 0;
    if (m_pipeQuery.step()) {
      row.pipeId = m_pipeQuery.int64(0);
      pipeLength = m_pipeQuery.real(1);
    } else {
      problem("pipe", pipeCode, PW_TR("There is no pipe with the id '%1' in the project"));
    }
    m_pipeQuery.reset();
    const auto distance = number("distance");
    const auto grade = parseGradeWord(cell("grade"));
    if (!grade) problem("grade", cell("grade"), PW_TR("'%1' is not a grade from 1 to 4"));
    row.defect.code = matchKey(cell("code"));
    row.defect.grade = grade.value_or(0);
    row.defect.distance = distance.value_or(0);
    if (!cell("length").empty()) row.defect.length = number("length");
    if (const std::string clock = cell("clock"); !clock.empty()) {
      if (const auto c = parseClock(clock)) {
        row.defect.clockFrom = c->from;
        row.defect.clockTo = c->to;
      } else {
        problem("clock", clock, clockFaultMessage());
      }
    }
    if (const std::string d = cell("description"); !d.empty()) row.defect.description = d;
    if (row.pipeId && distance && grade && (cell("length").empty() || row.defect.length)) {
      try {
        m_store.validateDefectValues(row.defect, pipeLength);
      } catch (const Error& e) {
        problems.push_back({rowNo, e.context().field, e.context().value, e.messageTemplate(), e.args()});
      }
    }
    row.photoPath = photo();
    row.date = cell("date").empty() ? m_options.date : cell("date");
    row.method = cell("method").empty() ? m_options.method : methodKey(cell("method"));
    row.direction = cell("direction").empty() ? m_options.direction : directionKey(cell("direction"));
    row.team = cell("team").empty() ? m_options.team : cell("team");
    if (row.date.empty()) {
      problem("date", "", PW_TR("No inspection date: add a date column or state --date"));
    } else {
      // The inspection's own rules, checked here for every row: a fault found only while writing would name one
      // row of many (found by fuzzing: a date in 2571).
      InspectionRecord inspection;
      inspection.date = row.date;
      inspection.method = row.method;
      inspection.direction = row.direction;
      try {
        m_store.validateInspectionValues(inspection);
      } catch (const Error& e) {
        problems.push_back({rowNo, e.context().field, e.context().value, e.messageTemplate(), e.args()});
      }
    }
    return row;
  }

private:
  std::string cell(const char* name) const {
    const auto it = m_columns.index.find(name);
    if (it == m_columns.index.end() || it->second >= m_cells->size()) return {};
    std::string v = (*m_cells)[it->second];
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.pop_back();
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.erase(0, 1);
    return v;
  }
  void problem(const char* field, const std::string& value, const char* messageTemplate) {
    problems.push_back({m_rowNo, field, value, messageTemplate, {value}});
  }
  /// A number by the strict parser: "1e2" is 100, and "3,5", "12abc", "nan", "1e400" are faults of the row.
  std::optional<double> number(const char* field) {
    const std::string text = cell(field);
    const auto parsed = parseDecimal(text);
    if (!parsed) problem(field, text, numberFaultMessage(parsed.fault));
    return parsed.value;
  }
  std::string photo() {
    const std::string name = cell("photo");
    if (name.empty()) return {};
    const auto path = std::filesystem::path(name).is_absolute() ? std::filesystem::path(name) : m_baseDir / name;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      problems.push_back({m_rowNo, "photo", name, PW_TR("The photo file %1 does not exist"), {path.string()}});
    } else if (imageMimeType(readFile(path.string()).substr(0, 64)).empty()) {
      problems.push_back(
          {m_rowNo, "photo", name, PW_TR("%1 is not a photo (JPEG, PNG, GIF, BMP, TIFF or WebP)"), {path.string()}});
    } else {
      return path.string();
    }
    return {};
  }

  FindingsStore& m_store;
  const Columns& m_columns;
  std::size_t m_headerSize;
  std::filesystem::path m_baseDir;
  const CsvImportOptions& m_options;
  sql::Statement m_pipeQuery;
  const std::vector<std::string>* m_cells = nullptr;
  std::int64_t m_rowNo = 0;
};

/// Writes the checked rows: one inspection per pipe (and date), its defects and photos. Returns the inspections.
std::vector<std::int64_t> writeRows(FindingsStore& store, std::vector<Row>& rows, const std::string& csvPath,
                                    const std::string& user, CsvImportReport& report) {
  std::map<std::pair<std::int64_t, std::string>, std::int64_t> inspectionOf;
  std::vector<std::int64_t> inspections;
  for (auto& row : rows) {
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
        it = inspectionOf.emplace(key, store.addInspection(inspection, user)).first;
      } catch (const Error& e) {
        // A refused value belongs to its row; a refused user (a planner, another district) is not a fault of the
        // file and keeps its kind (not permitted).
        if (e.kind() != ErrorKind::BadInput) throw;
        throw BatchError(kRefusedTemplate, {csvPath, "1", std::to_string(report.rows)},
                         {{row.rowNo, e.context().field, e.context().value, e.messageTemplate(), e.args()}},
                         {.file = csvPath});
      }
      inspections.push_back(it->second);
      ++report.inspections;
    }
    row.defect.inspectionId = it->second;
    const std::int64_t defectId = store.addDefect(row.defect, user);
    ++report.defects;
    if (!row.photoPath.empty()) {
      const std::int64_t photo = store.addPhoto(readFile(row.photoPath), row.photoPath, user);
      store.linkPhoto("defect", defectId, photo, user);
      ++report.photos;
    }
  }
  return inspections;
}

}  // namespace

CsvImportReport importInspectionCsv(Project& project, FindingsStore& store, const std::string& csvPath,
                                    const CsvImportOptions& options) {
  return importInspectionCsvBytes(project, store, readFile(csvPath), csvPath, options);
}

CsvImportReport importInspectionCsvBytes(Project& project, FindingsStore& store, const std::string& bytes,
                                         const std::string& csvPath, const CsvImportOptions& options) {
  CsvImportReport report;
  // Who may record findings at all is settled before the file is read: a planner is refused as such (not permitted),
  // not with a fault of the file.
  requireFindingsCreate(UserStore(project).require(options.user), std::nullopt);
  const std::string sha256 = sha256Hex(bytes);
  if (auto previous = liveImportOf(project.db(), sha256)) {
    report.encoding = previous->encoding;
    report.alreadyImported = std::move(previous);
    return report;
  }
  const CsvTable table = readCsvTable(bytes, csvPath, options.encoding, [](const std::vector<std::string>& header) {
    return static_cast<int>(
        std::count_if(header.begin(), header.end(), [](const auto& h) { return csvColumnOf(h).has_value(); }));
  });
  report.encoding = table.encoding;
  if (table.rows.empty()) throwBadInput(PW_TR("%1 is empty"), {csvPath}, {.file = csvPath});
  const Columns columns = columnsOf(table);
  report.ignoredColumns = columns.ignored;
  for (const char* required : {"pipe", "distance", "code", "grade"}) {
    if (!columns.index.count(required)) {
      throwBadInput(PW_TR("%1 has no '%2' column (its header: %3)"), {csvPath, required, headerText(table.rows[0])},
                    {.file = csvPath, .field = required});
    }
  }
  for (const auto& [r, c] : table.replaced) {
    const auto& header = table.rows.front();
    report.replaced.push_back(
        {static_cast<std::int64_t>(r + 1),
         c < header.size() ? header[c] : formatMessage(PW_TR("(column %1, no name)"), {std::to_string(c + 1)})});
  }
  RowReader reader(project, store, columns, table.rows.front().size(), csvPath, options);
  std::vector<Row> rows;
  for (std::size_t i = 1; i < table.rows.size(); ++i) {
    const auto& r = table.rows[i];
    if (r.size() == 1 && r[0].empty()) continue;  // a blank line
    ++report.rows;
    rows.push_back(reader.read(r, static_cast<std::int64_t>(i + 1)));  // as a spreadsheet numbers it, header = row 1
  }
  if (!reader.problems.empty()) {
    throw BatchError(kRefusedTemplate, {csvPath, std::to_string(reader.problems.size()), std::to_string(report.rows)},
                     std::move(reader.problems), {.file = csvPath});
  }
  // All rows are sound: the inspections, defects and photos and the record of this file, in one transaction (the
  // caller's, when it holds one).
  sql::TransactionIfNeeded tx(project.db());
  const auto inspections = writeRows(store, rows, csvPath, options.user, report);
  recordCsvImport(project.db(),
                  {sha256, std::filesystem::path(csvPath).filename().string(), report.encoding, report.rows,
                   report.defects, options.user, nowIso()},
                  inspections);
  tx.commit();
  return report;
}

}  // namespace pw
