#include "output.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace pw::cli {

int displayWidth(const QString& text) {
  int width = 0;
  for (const auto c : text.toUcs4()) {
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    width += wide ? 2 : 1;
  }
  return width;
}

void Table::print(const std::vector<int>& numericColumns) const {
  std::vector<int> widths(static_cast<std::size_t>(m_headers.size()), 0);
  auto measure = [&](const QStringList& row) {
    for (qsizetype i = 0; i < row.size() && i < m_headers.size(); ++i) {
      widths[static_cast<std::size_t>(i)] = std::max(widths[static_cast<std::size_t>(i)], displayWidth(row[i]));
    }
  };
  measure(m_headers);
  for (const auto& r : m_rows) measure(r);
  auto isNumeric = [&](qsizetype i) {
    return std::find(numericColumns.begin(), numericColumns.end(), static_cast<int>(i)) != numericColumns.end();
  };
  auto line = [&](const QStringList& row) {
    QString out;
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
      const QString cell = i < row.size() ? row[i] : QString();
      const QString pad(widths[static_cast<std::size_t>(i)] - displayWidth(cell), QLatin1Char(' '));
      if (i > 0) out += QLatin1String("  ");
      out += isNumeric(i) ? pad + cell : (i + 1 == m_headers.size() ? cell : cell + pad);
    }
    printLine(out);
  };
  line(m_headers);
  for (const auto& r : m_rows) line(r);
}

void printLine(const QString& text) { std::cout << text.toStdString() << '\n'; }

void printError(const QString& text) {
  std::cout.flush();
  std::cerr << text.toStdString() << std::endl;
}

void printJson(const nlohmann::json& doc) {
  std::cout << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << std::endl;
}

Progress::Progress() : m_tty(isatty(STDERR_FILENO) != 0) {}

void Progress::update(const QString& stage, long long done, long long total) {
  const int percent = total > 0 ? static_cast<int>(100 * done / total) : -1;
  if (m_tty) {
    QString text = stage;
    if (percent >= 0) text += QStringLiteral(" %1% (%2/%3)").arg(percent).arg(done).arg(total);
    std::cerr << '\r' << text.toStdString() << "\x1b[K" << std::flush;
  } else if (stage != m_lastStage && !m_shown.contains(stage)) {
    std::cerr << stage.toStdString() << std::endl;
    m_shown << stage;
  }
  m_lastStage = stage;
  m_lastPercent = percent;
}

void Progress::finish() {
  if (m_tty && !m_lastStage.isEmpty()) std::cerr << '\r' << "\x1b[K" << std::flush;
  m_lastStage.clear();
}

}  // namespace pw::cli
