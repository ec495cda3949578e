#pragma once

#include <netlab/pythoncode.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace netlab {

class LabTab;

// "Show as code": a tab's settings as the Python 3 program a student would write, or the
// shell one-liner that does the same, read-only in a monospace font with a Copy button.
// It follows the tab live: every codeChanged() of the tab regenerates the text (only while
// the view is shown; showing it brings it up to date). Hidden until its toggle button —
// "Show as code", which the tab places in its layout — is checked.
//
// Adding it to a tab: override LabTab::code(), emit codeChanged() when a setting it shows
// changes, then
//     auto *codeView = new CodeView(this);
//     someRow->addWidget(codeView->toggleButton());
//     layout->addWidget(codeView);
class CodeView : public QWidget
{
    Q_OBJECT

public:
    explicit CodeView(LabTab *tab);

    QPushButton *toggleButton() const { return m_toggle; }
    QString text() const; // what is shown (and what Copy copies)
    bool showsOneLiner() const;
    void setShowsOneLiner(bool oneLiner);

    void refresh(); // regenerates from the tab now
    void copy(); // the shown text to the clipboard

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showCode();

    LabTab *m_tab = nullptr;
    GeneratedCode m_code;
    QPushButton *m_toggle = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_note = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace netlab
