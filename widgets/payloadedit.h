#pragma once

#include <QLineEdit>

namespace netlab {

// A one-line payload input that refuses, with a visible reason, a paste larger than its
// limit instead of silently cutting it (QLineEdit's own limit truncates without a word)
// or freezing the window while it lays out a gigabyte of text.
class PayloadEdit : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxCharacters = 1024 * 1024;

    explicit PayloadEdit(QWidget *parent = nullptr);

    void setMaxCharacters(int characters);
    int maxCharacters() const { return maxLength(); }

    // Pastes the clipboard's text if it fits; otherwise emits pasteRefused.
    void pasteChecked();

signals:
    void pasteRefused(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
};

} // namespace netlab
