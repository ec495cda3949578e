#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace netlab {

// A one-line hex field ("48 65 6c", "0x48,0x65", "\x48\x65" ...) that refuses invalid hex
// live: the reason (with its position) shows in red under the field as the user types.
// While valid the label tells how many bytes the text makes. A paste or drop longer than
// kMaxCharacters is refused with a message instead of being inserted (QLineEdit takes
// seconds to cut a huge paste down to its maximum length; the window must not freeze).
class HexInput : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxCharacters = 64 * 1024; // QLineEdit grows slow beyond this

    explicit HexInput(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();
    void setPlaceholderText(const QString &text);

    QByteArray bytes() const { return m_bytes; } // empty while invalid
    bool isValid() const { return m_valid; } // empty text is valid (no bytes)
    QString errorString() const { return m_error; }
    QLineEdit *lineEdit() const { return m_edit; }

public slots:
    // Pastes the clipboard at the cursor, or refuses it with a reason when it is too long.
    void paste();

signals:
    void validityChanged(bool valid);
    void bytesChanged(const QByteArray &bytes);
    void returnPressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void revalidate();
    bool refuseIfTooLong(qsizetype incoming);
    void showContextMenu(const QPoint &pos);

    QLineEdit *m_edit = nullptr;
    QLabel *m_reason = nullptr;
    QByteArray m_bytes;
    QString m_error;
    bool m_valid = true;
};

} // namespace netlab
