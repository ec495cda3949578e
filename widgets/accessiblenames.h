#pragma once

class QWidget;

namespace netlab {

// Completes what screen readers and UI automation see in a built tab, so every control is
// found by the words a user reads:
// - an input with a label buddy and no accessible name is named after the label's text
//   ("&Port:" -> "Port");
// - a combo box is named after its label, not its current value, and its list reports the
//   current item as selected; the line edit inside an editable combo or a spin box and the
//   combo's list carry the combo's or spin box's name;
// - the clear button inside a line edit is named "Clear", scroll bars "Vertical scroll bar" /
//   "Horizontal scroll bar".
// Call once on each tab after it is built (MainWindow does); controls created later are not
// seen. Installs, on the first call, an accessible interface for QComboBox that keeps its
// accessible name apart from its value (Qt's own reports the current text as the name on
// Linux).
void completeAccessibleNames(QWidget *root);

} // namespace netlab
