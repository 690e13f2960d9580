#pragma once
// A4 portrait pages for printed reports, laid out top to bottom: a cursor in millimetres, a new page when a block does
// not fit, a running header (report title and period) and a footer (page n of N) on every page. Fonts are the CJK
// sans-serif that fonts-noto-cjk installs, sized in points. Works on any QPaintDevice of the page's size: the PDF
// writer, or an image for tests. QtGui only.
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;

namespace pw::render {

class ReportCanvas {
public:
  /// Draws on `device` (a QPdfWriter set to A4). `totalPages` is printed in the footer when known (> 0); without it
  /// the pass only counts pages, and costly pictures (the map) may skip their drawing (see counting()).
  ReportCanvas(QPagedPaintDevice& device, QString header, QString footerLeft, int totalPages);
  /// Ends the painting if finish() was not called (an exception on the way).
  ~ReportCanvas();
  ReportCanvas(const ReportCanvas&) = delete;
  ReportCanvas& operator=(const ReportCanvas&) = delete;

  static constexpr double kPageWidth = 210, kPageHeight = 297;
  static constexpr double kLeft = 18, kRight = 18, kTop = 20, kBottom = 20;
  /// The width between the margins, in millimetres.
  static constexpr double contentWidth() { return kPageWidth - kLeft - kRight; }

  QPainter& painter() { return m_painter; }
  /// Ends the painting (the PDF writer writes its last objects and the trailer); false when painting had not begun
  /// or could not end.
  bool finish();
  /// Device pixels per millimetre.
  double scale() const { return m_scale; }
  double px(double mm) const { return mm * m_scale; }
  /// A rectangle given in millimetres from the page's top-left corner, in device pixels.
  QRectF rect(double x, double y, double w, double h) const { return {px(x), px(y), px(w), px(h)}; }

  /// The cursor: where the next block starts (mm from the page top), and the room left above the bottom margin.
  double y() const { return m_y; }
  void advance(double mm) { m_y += mm; }
  double remaining() const { return kPageHeight - kBottom - m_y; }
  /// Starts a new page unless `mm` still fits on this one.
  void ensure(double mm);
  void newPage();
  int page() const { return m_page; }
  /// Whether this pass only counts the pages (the total is not known yet).
  bool counting() const { return m_totalPages <= 0; }

  /// The report font at `points`, bold or not.
  static QFont font(double points, bool bold = false);
  /// Height in millimetres of `text` wrapped into `widthMm` with `font`.
  double textHeight(const QString& text, const QFont& font, double widthMm, int flags = Qt::TextWordWrap) const;
  /// Draws `text` in the box (mm) with the flags; returns the height used (mm).
  double drawText(double x, double y, double w, const QString& text, const QFont& font, int flags = Qt::TextWordWrap,
                  const QColor& colour = Qt::black);

  /// Table cells: wrapped at word boundaries, or anywhere when a word is wider than the box (Chinese breaks between
  /// characters either way). Height in millimetres, and drawing in a box (mm) aligned by `align`.
  double cellHeight(const QString& text, const QFont& font, double widthMm) const;
  /// `textHeight` is the cell's cellHeight(), measured once by the caller.
  void drawCell(double x, double y, double w, double h, double textHeight, const QString& text, const QFont& font,
                Qt::Alignment align, const QColor& colour = Qt::black);
  /// Draws `text` in the box (mm) of the given height, aligned by the flags.
  void drawTextIn(double x, double y, double w, double h, const QString& text, const QFont& font, int flags,
                  const QColor& colour = Qt::black);
  /// A paragraph across the content width at the cursor, which moves below it.
  void paragraph(const QString& text, const QFont& font, double spaceAfter = 2, const QColor& colour = Qt::black);
  /// A numbered section heading with a rule below; keeps `keepWithNext` mm of the following block on the same page.
  void heading(const QString& text, double keepWithNext = 30);

private:
  void decorate();

  QPagedPaintDevice& m_device;
  QPainter m_painter;
  QString m_header;
  QString m_footerLeft;
  int m_totalPages;
  double m_scale = 1;
  double m_y = kTop;
  int m_page = 1;
};

}  // namespace pw::render
