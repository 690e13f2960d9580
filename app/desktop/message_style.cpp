#include "message_style.h"

#include <QLabel>

namespace pw::desktop {

QLabel* makeErrorLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  styleAsError(label, true);
  return label;
}

void styleAsError(QLabel* label, bool error) {
  label->setStyleSheet(error ? QStringLiteral("color: #c00000") : QString());
}

}  // namespace pw::desktop
