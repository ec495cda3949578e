#pragma once

#include <netlab/textcodec.h>

#include <QByteArray>
#include <QWidget>

#include <optional>

class QComboBox;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace netlab {

class HexInput;
class PayloadEdit;

// What to send, as a user of nc or a Python script would write it: text encoded with a
// chosen encoding plus a line ending ("Hello\n"), or raw bytes typed in hex. Refuses, with
// the reason in the status, text that the encoding cannot carry and hex that is not hex.
class SendPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Text, Hex };
    Q_ENUM(Mode)

    explicit SendPanel(QWidget *parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    QString text() const;
    void setText(const QString &text);
    QByteArray lineEnding() const;
    TextEncoding encoding() const; // text mode: how the text becomes bytes

    // The bytes to send, or an empty optional with the reason in *error.
    std::optional<QByteArray> payload(QString *error) const;

    // Emits sendRequested with the payload, or problem with the reason.
    void trigger();
    void setSendEnabled(bool enabled);
    QPushButton *sendButton() const { return m_sendButton; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);
    // The text the field starts with: "Hello" in the current language.
    static QString defaultMessage();

signals:
    void sendRequested(const QByteArray &payload);
    void problem(const QString &reason);
    // The mode, text, bytes, line ending or encoding changed (e.g. for a code view).
    void contentChanged();

private:
    QComboBox *m_modeCombo = nullptr;
    QStackedWidget *m_stack = nullptr;
    PayloadEdit *m_textEdit = nullptr;
    HexInput *m_hexInput = nullptr;
    QComboBox *m_lineEndingCombo = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QPushButton *m_sendButton = nullptr;
};

} // namespace netlab
