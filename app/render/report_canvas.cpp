#include "report_canvas.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QTextLayout>
#include <QTextOption>

#include "report_words.h"

namespace pw::render {

ReportCanvas::ReportCanvas(QPagedPaintDevice& device, QString header, QString footerLeft, int totalPages)
    : m_device(device), m_header(std::move(header)), m_footerLeft(std::move(footerLeft)), m_totalPages(totalPages) {
  m_scale = device.width() / kPageWidth;
  m_painter.begin(&device);
  m_painter.setRenderHint(QPainter::Antialiasing, true);
  m_painter.setRenderHint(QPainter::TextAntialiasing, true);
  decorate();
}

ReportCanvas::~ReportCanvas() {
  if (m_painter.isActive()) m_painter.end();
}

bool ReportCanvas::finish() { return m_painter.isActive() && m_painter.end(); }

QFont ReportCanvas::font(double points, bool bold) {
  // Latin letters and digits from DejaVu Sans, Chinese from Noto Sans CJK: Qt's PDF text of Latin runs set in the CJK
  // font loses its digits to copy and search (their glyphs have no Unicode mapping), and DejaVu's do not.
  QFont f;
  f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
  f.setStyleHint(QFont::SansSerif);
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

void ReportCanvas::ensure(double mm) {
  if (mm > remaining() && m_y > kTop + 0.1) newPage();
}

void ReportCanvas::newPage() {
  m_device.newPage();
  ++m_page;
  m_y = kTop;
  decorate();
}

void ReportCanvas::decorate() {
  // Running header: the report and period on the left, a thin rule below; footer: the footer text and page n of N.
  const QFont small = font(7.5);
  const QColor grey(0x60, 0x60, 0x60);
  drawText(kLeft, kTop - 9, contentWidth(), m_header, small, Qt::AlignLeft | Qt::AlignVCenter, grey);
  m_painter.setPen(QPen(QColor(0x90, 0x90, 0x90), px(0.2)));
  m_painter.drawLine(QPointF(px(kLeft), px(kTop - 4)), QPointF(px(kPageWidth - kRight), px(kTop - 4)));
  const double footerY = kPageHeight - kBottom + 6;
  m_painter.drawLine(QPointF(px(kLeft), px(footerY - 2)), QPointF(px(kPageWidth - kRight), px(footerY - 2)));
  drawText(kLeft, footerY, contentWidth() * 0.7, m_footerLeft, small, Qt::AlignLeft | Qt::AlignTop, grey);
  const QString pageText = m_totalPages > 0 ? ReportPdf::tr("Page %1 of %2").arg(m_page).arg(m_totalPages)
                                            : ReportPdf::tr("Page %1").arg(m_page);
  drawText(kLeft, footerY, contentWidth(), pageText, small, Qt::AlignRight | Qt::AlignTop, grey);
}

double ReportCanvas::textHeight(const QString& text, const QFont& f, double widthMm, int flags) const {
  const QFontMetricsF fm(f, &m_device);
  const QRectF box = fm.boundingRect(QRectF(0, 0, px(widthMm), 1e6), flags, text);
  return box.height() / m_scale;
}

double ReportCanvas::drawText(double x, double y, double w, const QString& text, const QFont& f, int flags,
                              const QColor& colour) {
  const double h = textHeight(text, f, w, flags);
  m_painter.setFont(f);
  m_painter.setPen(colour);
  m_painter.drawText(rect(x, y, w, std::max(h, 0.1)), flags, text);
  return h;
}

double ReportCanvas::cellHeight(const QString& text, const QFont& f, double widthMm) const {
  QTextLayout layout(text, f, const_cast<QPagedPaintDevice*>(&m_device));
  QTextOption option;
  option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
  layout.setTextOption(option);
  layout.beginLayout();
  double height = 0;
  for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
    line.setLineWidth(px(widthMm));
    height += line.height();
  }
  layout.endLayout();
  return height / m_scale;
}

void ReportCanvas::drawCell(double x, double y, double w, double h, double textHeight, const QString& text,
                            const QFont& f, Qt::Alignment align, const QColor& colour) {
  QTextOption option(align);
  option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
  m_painter.setFont(f);
  m_painter.setPen(colour);
  // Vertically centred: QTextOption has no vertical alignment, so the box is narrowed to the text's height.
  const double textH = std::min(h, textHeight);
  m_painter.drawText(rect(x, y + (h - textH) / 2, w, textH + 0.01), text, option);
}

void ReportCanvas::drawTextIn(double x, double y, double w, double h, const QString& text, const QFont& f, int flags,
                              const QColor& colour) {
  m_painter.setFont(f);
  m_painter.setPen(colour);
  m_painter.drawText(rect(x, y, w, h), flags, text);
}

void ReportCanvas::paragraph(const QString& text, const QFont& f, double spaceAfter, const QColor& colour) {
  const double h = textHeight(text, f, contentWidth());
  ensure(h);
  drawText(kLeft, m_y, contentWidth(), text, f, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, colour);
  m_y += h + spaceAfter;
}

void ReportCanvas::heading(const QString& text, double keepWithNext) {
  const QFont f = font(12, true);
  const double h = textHeight(text, f, contentWidth());
  ensure(h + 3 + keepWithNext);
  if (m_y > kTop + 0.1) m_y += 3;
  drawText(kLeft, m_y, contentWidth(), text, f, Qt::AlignLeft | Qt::AlignTop, QColor(0x1a, 0x3c, 0x6e));
  m_y += h + 0.8;
  m_painter.setPen(QPen(QColor(0x1a, 0x3c, 0x6e), px(0.35)));
  m_painter.drawLine(QPointF(px(kLeft), px(m_y)), QPointF(px(kPageWidth - kRight), px(m_y)));
  m_y += 3;
}

}  // namespace pw::render
