#include "report/report_xlsx_sheets.h"

namespace pw::xlsxreport {

xlsx::Sheet tableSheet(xlsx::Workbook& book, const char* name, const std::vector<Column>& columns, std::size_t rows,
                       const Translate& tr) {
  auto sheet = book.addSheet(reportText(tr, name));
  std::vector<std::string> headings;
  std::vector<double> widths;
  for (const auto& c : columns) {
    headings.push_back(reportText(tr, c.heading));
    widths.push_back(c.width);
  }
  sheet.header(0, headings);
  sheet.widths(widths);
  sheet.freezeRows(1);
  sheet.filter(0, static_cast<std::uint32_t>(rows), static_cast<std::uint16_t>(columns.size()));
  return sheet;
}

void factsSheet(xlsx::Workbook& book, const std::vector<std::pair<const char*, std::string>>& facts,
                const Translate& tr) {
  auto sheet = tableSheet(book, PW_TR("Report"), {{PW_TR("Item"), 24}, {PW_TR("Value"), 40}}, facts.size(), tr);
  std::uint32_t row = 1;
  for (const auto& [label, value] : facts) {
    sheet.text(row, 0, reportText(tr, label));
    sheet.text(row, 1, value);
    ++row;
  }
}

}  // namespace pw::xlsxreport
