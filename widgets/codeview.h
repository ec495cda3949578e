#pragma once

#include <netlab/pythoncode.h>

#include <QWidget>

#include <functional>

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
//
// A tab with more than one program (the UDP tab: a listener and a sender) gives each part its
// own view, with the part's generator and the signal that says its settings changed:
//     auto *codeView = new CodeView([this] { return m_sender->code(); }, m_sender,
//         &UdpSenderPanel::codeChanged, this);
class CodeView : public QWidget
{
    Q_OBJECT

public:
    using Generator = std::function<GeneratedCode()>;

    // The tab's code(), regenerated on the tab's codeChanged().
    explicit CodeView(LabTab *tab);
    // generator's code, regenerated on settingsChanged(); the view and its toggle button are
    // children of `parent`.
    CodeView(Generator generator, QWidget *parent);
    // The same, regenerated on each `changed` signal of `sender`.
    template<typename Sender, typename Signal>
    CodeView(Generator generator, const Sender *sender, Signal changed, QWidget *parent)
        : CodeView(std::move(generator), parent)
    {
        connect(sender, changed, this, &CodeView::settingsChanged);
    }

    QPushButton *toggleButton() const { return m_toggle; }
    QString text() const; // what is shown (and what Copy copies)
    bool showsOneLiner() const;
    void setShowsOneLiner(bool oneLiner);

    void refresh(); // regenerates now
    void settingsChanged(); // what the code shows changed: regenerates if shown
    void copy(); // the shown text to the clipboard

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showCode();

    Generator m_generator;
    GeneratedCode m_code;
    QPushButton *m_toggle = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_note = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace netlab
