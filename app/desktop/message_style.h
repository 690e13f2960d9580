#pragma once
// How the desktop shows a refusal or an error inside a dialog or panel: one red, word-wrapped line, the same
// everywhere.
class QLabel;
class QWidget;

namespace pw::desktop {

/// A new red, word-wrapped label for refusals and errors.
QLabel* makeErrorLabel(QWidget* parent);
/// Shows `label` as an error (red) or as a plain result.
void styleAsError(QLabel* label, bool error);

}  // namespace pw::desktop
