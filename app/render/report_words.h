#pragma once
// The translation context of the printed reports' own words (the core's labels come through report/report_text.h).
#include <QCoreApplication>

namespace pw::render {

class ReportPdf {
  Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

}  // namespace pw::render
