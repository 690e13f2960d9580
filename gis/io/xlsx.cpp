#include "io/xlsx.h"

#include <algorithm>
#include <array>

#include <xlsxwriter.h>

#include "core/dates.h"
#include "core/error.h"
#include "core/staged_output.h"
#include "gdal/gdal.h"
#include "gdal/gdal_fault.h"

namespace pw::xlsx {
namespace {

constexpr std::size_t kStyles = static_cast<std::size_t>(Style::Alert) + 1;

lxw_worksheet* ws(void* sheet) { return static_cast<lxw_worksheet*>(sheet); }

/// libxlsxwriter writes each sheet's XML to a temporary file without checking those writes and zips what it finds: on
/// a full disk workbook_close() reports success for a workbook whose sheets are cut short. Every sheet is read back
/// (GDAL's XLSX driver parses its XML) before the file may take its place.
void checkReadBack(const std::string& staged, const std::string& path, std::size_t sheets) {
  gdal::init();
  gdal::ErrorCapture errors;
  const char* const drivers[] = {"XLSX", nullptr};
  const gdal::DatasetPtr book(
      GDALDataset::Open(staged.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
  const bool opened = book && (sheets == 0 || static_cast<std::size_t>(book->GetLayerCount()) == sheets);
  for (int i = 0; opened && i < book->GetLayerCount(); ++i) book->GetLayer(i)->GetFeatureCount(TRUE);
  if (!opened || errors.failures() > 0) {
    throwBadInput(PW_TR("Cannot write %1: the file written cannot be read back (%2)"),
                  {path, gdal::messageAbout(errors.joined("not a complete workbook"), staged, path)}, {.file = path});
  }
}

}  // namespace

struct Workbook::Impl {
  lxw_workbook* book = nullptr;
  std::array<lxw_format*, kStyles> formats{};
  std::vector<std::string> sheetNames;
};

Workbook::Workbook(std::string path)
    : m_path(std::move(path)),
      m_staging(std::make_unique<StagedOutput>(std::vector<std::string>{m_path})),
      m_impl(std::make_unique<Impl>()) {
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  options.use_zip64 = LXW_TRUE;  // ledgers of a whole city may pass the 4 GiB of uncompressed XML of plain zip
  const std::string staged = m_staging->staged(m_path);
  m_impl->book = workbook_new_opt(staged.c_str(), &options);
  if (!m_impl->book) throwInternal(PW_TR("Cannot start the workbook %1"), {m_path});

  auto add = [&](Style style) {
    lxw_format* f = workbook_add_format(m_impl->book);
    format_set_font_name(f, "SimSun");  // what Chinese offices expect; Excel substitutes when missing
    format_set_font_size(f, 10.5);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    m_impl->formats[static_cast<std::size_t>(style)] = f;
    return f;
  };
  add(Style::Text);
  lxw_format* header = add(Style::Header);
  format_set_bold(header);
  format_set_bg_color(header, 0xD9D9D9);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(header);
  lxw_format* title = add(Style::Title);
  format_set_bold(title);
  format_set_font_size(title, 14);
  format_set_num_format(add(Style::Date), "yyyy-mm-dd");
  format_set_num_format(add(Style::Integer), "0");
  format_set_num_format(add(Style::Decimal1), "0.0");
  format_set_num_format(add(Style::Decimal2), "0.00");
  format_set_num_format(add(Style::Percent), "0.0%");
  lxw_format* alert = add(Style::Alert);
  format_set_bold(alert);
  format_set_font_color(alert, 0xC00000);
}

Workbook::~Workbook() {
  if (m_impl && m_impl->book) lxw_workbook_free(m_impl->book);  // nothing is written; the staging removes the rest
}

void* Workbook::format(Style style) const { return m_impl->formats[static_cast<std::size_t>(style)]; }

Sheet Workbook::addSheet(const std::string& name) {
  // Excel's limit is 31 characters (UTF-16 units; Chinese ones are one each): cut on a UTF-8 boundary.
  std::string clean;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < name.size() && characters < 31; ++characters) {
    const auto lead = static_cast<unsigned char>(name[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    std::string ch = name.substr(i, length);
    if (ch.size() == 1 && std::string("[]:*?/\\").find(ch[0]) != std::string::npos) ch = " ";
    clean += ch;
    i += length;
  }
  if (clean.empty()) clean = "Sheet" + std::to_string(m_impl->sheetNames.size() + 1);
  m_impl->sheetNames.push_back(clean);  // libxlsxwriter keeps the pointer until close
  lxw_worksheet* sheet = workbook_add_worksheet(m_impl->book, m_impl->sheetNames.back().c_str());
  if (!sheet) throwInternal(PW_TR("Cannot add the sheet %1 to %2"), {clean, m_path});
  return Sheet(*this, sheet);
}

void Workbook::close() {
  lxw_workbook* book = m_impl->book;
  m_impl->book = nullptr;
  const lxw_error error = workbook_close(book);  // frees the workbook whatever happens
  if (error != LXW_NO_ERROR) throwWriteFailed(m_path, lxw_strerror(error));
  checkReadBack(m_staging->staged(m_path), m_path, m_impl->sheetNames.size());
  m_staging->commit();
}

void Sheet::check(int error, std::uint32_t row, std::uint16_t col) {
  if (error == LXW_NO_ERROR) return;
  throwInternal(PW_TR("Cannot write cell %1 of %2: %3"), {std::to_string(row + 1) + ":" + std::to_string(col + 1),
                                                          m_book->path(), lxw_strerror(static_cast<lxw_error>(error))});
}

void Sheet::text(std::uint32_t row, std::uint16_t col, const std::string& value, Style style) {
  auto* f = static_cast<lxw_format*>(m_book->format(style));
  if (value.empty()) {
    check(worksheet_write_blank(ws(m_sheet), row, col, f), row, col);
    return;
  }
  check(worksheet_write_string(ws(m_sheet), row, col, value.c_str(), f), row, col);
}

void Sheet::number(std::uint32_t row, std::uint16_t col, double value, Style style) {
  check(worksheet_write_number(ws(m_sheet), row, col, value, static_cast<lxw_format*>(m_book->format(style))), row,
        col);
}

void Sheet::optionalNumber(std::uint32_t row, std::uint16_t col, const std::optional<double>& value, Style style) {
  if (value) {
    number(row, col, *value, style);
  } else {
    check(worksheet_write_blank(ws(m_sheet), row, col, static_cast<lxw_format*>(m_book->format(style))), row, col);
  }
}

void Sheet::date(std::uint32_t row, std::uint16_t col, const std::string& isoDate) {
  auto* f = static_cast<lxw_format*>(m_book->format(Style::Date));
  const auto date = parseIsoDate(std::string_view(isoDate).substr(0, 10));
  if (!date) {
    check(worksheet_write_blank(ws(m_sheet), row, col, f), row, col);
    return;
  }
  lxw_datetime d{};
  d.year = date->year;
  d.month = static_cast<int>(date->month);
  d.day = static_cast<int>(date->day);
  check(worksheet_write_datetime(ws(m_sheet), row, col, &d, f), row, col);
}

void Sheet::header(std::uint32_t row, const std::vector<std::string>& headings) {
  for (std::size_t c = 0; c < headings.size(); ++c)
    text(row, static_cast<std::uint16_t>(c), headings[c], Style::Header);
}

void Sheet::widths(const std::vector<double>& characters) {
  for (std::size_t c = 0; c < characters.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    check(worksheet_set_column(ws(m_sheet), col, col, characters[c], nullptr), 0, static_cast<std::uint16_t>(c));
  }
}

void Sheet::freezeRows(std::uint32_t rows) { worksheet_freeze_panes(ws(m_sheet), rows, 0); }

void Sheet::filter(std::uint32_t row, std::uint32_t lastRow, std::uint16_t columns) {
  if (columns == 0) return;
  check(worksheet_autofilter(ws(m_sheet), row, 0, std::max(row, lastRow), static_cast<lxw_col_t>(columns - 1)), row, 0);
}

}  // namespace pw::xlsx
