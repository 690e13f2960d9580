#pragma once
// The words the interface uses for order states, steps, kinds, priorities and to-do reasons (translated; Chinese
// as district offices say them).
#include <QString>

#include "orders/workflow.h"

namespace pw::desktop {

QString orderStateName(OrderState s);
QString orderActionName(OrderAction a);
QString orderKindName(const std::string& kind);
QString priorityName(const std::string& priority);
QString todoReasonName(const std::string& reason);

}  // namespace pw::desktop
