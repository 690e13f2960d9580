#pragma once
// A pipe's inspection drawn as a strip: the pipe from the manhole where the inspection started to the one where it
// ended, a metre scale, structural defects above it (squares) and functional ones below (circles), coloured by
// grade, continuous defects as bands over their length. Clicking a defect selects it.
#include <cstdint>
#include <optional>
#include <vector>

#include <QString>
#include <QWidget>

namespace pw::desktop {

struct StripDefect {
  std::int64_t id = 0;
  QString code;
  int grade = 0;
  bool functional = false;
  double distance = 0;
  double length = 0;  ///< 0 for a point defect
};

class DefectStrip : public QWidget {
  Q_OBJECT
public:
  explicit DefectStrip(QWidget* parent = nullptr);
  void setInspection(double pipeLength, const QString& startManhole, const QString& endManhole,
                     std::vector<StripDefect> defects);
  void clear();
  void setSelected(std::optional<std::int64_t> defectId);
  /// The widget position of a defect's marker (for tests and tooltips).
  QPointF markerAt(std::size_t index) const;
  QSize sizeHint() const override { return {480, 150}; }

signals:
  void defectClicked(std::int64_t defectId);

protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;

private:
  double xOf(double distance) const;
  double baseline() const { return (height() - 24) / 2.0; }

  double m_length = 0;
  QString m_start;
  QString m_end;
  std::vector<StripDefect> m_defects;
  std::optional<std::int64_t> m_selected;
};

}  // namespace pw::desktop
