#include "order_names.h"

#include <QCoreApplication>

namespace pw::desktop {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("pw::desktop::OrderNames", text); }
}  // namespace

QString orderStateName(OrderState s) {
  switch (s) {
    case OrderState::Draft: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "draft"));
    case OrderState::Issued: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "issued"));
    case OrderState::Accepted: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "accepted"));
    case OrderState::InProgress: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "in progress"));
    case OrderState::Submitted: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "submitted for acceptance"));
    case OrderState::Returned: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "returned"));
    case OrderState::Suspended: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "suspended"));
    case OrderState::Closed: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "closed"));
    case OrderState::Cancelled: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "cancelled"));
  }
  return {};
}

QString orderActionName(OrderAction a) {
  switch (a) {
    case OrderAction::Issue: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "Issue"));
    case OrderAction::Accept: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "Accept the order"));
    case OrderAction::Start: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "Start work"));
    case OrderAction::Submit: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "Submit for acceptance"));
    case OrderAction::Return: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "Return"));
    case OrderAction::Close: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "Verify and close"));
    case OrderAction::Suspend: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "Suspend"));
    case OrderAction::Resume: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "Resume"));
    case OrderAction::Cancel: return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "Cancel"));
  }
  return {};
}

QString orderKindName(const std::string& kind) {
  if (kind == "repair") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "repair"));
  if (kind == "maintenance") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "maintenance"));
  if (kind == "separation") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "separation"));
  if (kind == "reinspection") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "re-inspection"));
  return QString::fromStdString(kind);
}

QString priorityName(const std::string& priority) {
  if (priority == "urgent") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "urgent"));
  if (priority == "high") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "high"));
  if (priority == "normal") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "normal"));
  if (priority == "low") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "low"));
  return QString::fromStdString(priority);
}

QString todoReasonName(const std::string& reason) {
  if (reason == "overdue") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "overdue"));
  if (reason == "returned") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "returned to you"));
  if (reason == "to_accept") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "waiting for you to accept"));
  if (reason == "to_verify")
    return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "waiting for your acceptance check"));
  if (reason == "to_issue") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "draft to issue"));
  if (reason == "due_soon") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "due soon"));
  if (reason == "assigned") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "assigned to you"));
  if (reason == "follow") return tr(QT_TRANSLATE_NOOP("pw::desktop::OrderNames", "separation work to follow"));
  return QString::fromStdString(reason);
}

}  // namespace pw::desktop
