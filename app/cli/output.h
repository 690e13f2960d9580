#pragma once
// Terminal output: aligned tables that count wide (CJK) characters as two columns, JSON, and progress on stderr.
#include <string>
#include <vector>

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace pw::cli {

/// Display width of text in a terminal (East Asian wide and full-width characters count two).
int displayWidth(const QString& text);

class Table {
public:
  explicit Table(QStringList headers) : m_headers(std::move(headers)) {}
  void addRow(QStringList row) { m_rows.push_back(std::move(row)); }
  /// Prints with two spaces between columns; columns listed in numericColumns are right-aligned.
  void print(const std::vector<int>& numericColumns = {}) const;
  bool empty() const { return m_rows.empty(); }

private:
  QStringList m_headers;
  std::vector<QStringList> m_rows;
};

void printLine(const QString& text);
void printError(const QString& text);
void printJson(const nlohmann::json& doc);

/// Progress for long operations: a self-rewriting line on a terminal, one line per stage otherwise.
class Progress {
public:
  Progress();
  void update(const QString& stage, long long done, long long total);
  void finish();

private:
  bool m_tty;
  QString m_lastStage;
  QStringList m_shown;  ///< stages already printed (without a terminal each is printed once)
  int m_lastPercent = -1;
};

}  // namespace pw::cli
