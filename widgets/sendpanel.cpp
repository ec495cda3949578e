#include "sendpanel.h"

#include "hexinput.h"
#include "payloadedit.h"

#include <netlab/textcodec.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

struct LineEnding
{
    const char *key;
    const char *label;
    QByteArray bytes;
};

const LineEnding kLineEndings[] = {
    {"lf", QT_TRANSLATE_NOOP("netlab::SendPanel", "LF (\\n)"), QByteArrayLiteral("\n")},
    {"crlf", QT_TRANSLATE_NOOP("netlab::SendPanel", "CR LF (\\r\\n)"), QByteArrayLiteral("\r\n")},
    {"cr", QT_TRANSLATE_NOOP("netlab::SendPanel", "CR (\\r)"), QByteArrayLiteral("\r")},
    {"none", QT_TRANSLATE_NOOP("netlab::SendPanel", "No line ending"), QByteArray()},
};

const TextEncoding kEncodings[] = {TextEncoding::Utf8, TextEncoding::Ascii, TextEncoding::Latin1};

} // namespace

SendPanel::SendPanel(QWidget *parent)
    : QWidget(parent)
{
    m_modeCombo = new QComboBox(this);
    m_modeCombo->setObjectName(u"sendModeCombo"_s);
    m_modeCombo->addItem(tr("Text"), int(Mode::Text));
    m_modeCombo->addItem(tr("Hex"), int(Mode::Hex));
    m_modeCombo->setAccessibleName(tr("Payload kind"));
    m_modeCombo->setToolTip(tr("Send text with a line ending, or raw bytes written in hex"));

    m_textEdit = new PayloadEdit(this);
    m_textEdit->setObjectName(u"sendTextEdit"_s);
    m_textEdit->setAccessibleName(tr("Text to send"));
    m_textEdit->setPlaceholderText(tr("Text to send, e.g. Hello"));
    m_hexInput = new HexInput(this);
    m_hexInput->setObjectName(u"sendHexInput"_s);
    m_hexInput->setAccessibleName(tr("Bytes to send in hex"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_textEdit);
    m_stack->addWidget(m_hexInput);

    m_lineEndingCombo = new QComboBox(this);
    m_lineEndingCombo->setObjectName(u"lineEndingCombo"_s);
    for (const LineEnding &ending : kLineEndings)
        m_lineEndingCombo->addItem(tr(ending.label), QString::fromLatin1(ending.key));
    m_lineEndingCombo->setAccessibleName(tr("Line ending"));
    m_lineEndingCombo->setToolTip(tr("Appended to the text: a line-based peer (readline) "
                                     "waits for it"));

    m_encodingCombo = new QComboBox(this);
    m_encodingCombo->setObjectName(u"sendEncodingCombo"_s);
    for (TextEncoding encoding : kEncodings)
        m_encodingCombo->addItem(TextCodec::encodingName(encoding), int(encoding));
    m_encodingCombo->setAccessibleName(tr("Text encoding for sending"));
    m_encodingCombo->setToolTip(tr("How the text becomes bytes (str.encode); characters the "
                                   "encoding cannot carry are refused"));

    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setAccessibleName(tr("Send"));
    m_sendButton->setToolTip(tr("Send (Enter in the field, or Ctrl+Return)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_modeCombo);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_lineEndingCombo);
    layout->addWidget(m_encodingCombo);
    layout->addWidget(m_sendButton);

    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool text = mode() == Mode::Text;
        m_stack->setCurrentIndex(text ? 0 : 1);
        m_lineEndingCombo->setEnabled(text);
        m_encodingCombo->setEnabled(text);
    });
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, &SendPanel::contentChanged);
    connect(m_lineEndingCombo, &QComboBox::currentIndexChanged, this, &SendPanel::contentChanged);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &SendPanel::contentChanged);
    connect(m_textEdit, &QLineEdit::textChanged, this, &SendPanel::contentChanged);
    connect(m_hexInput, &HexInput::bytesChanged, this, &SendPanel::contentChanged);
    connect(m_sendButton, &QPushButton::clicked, this, &SendPanel::trigger);
    connect(m_textEdit, &QLineEdit::returnPressed, this, &SendPanel::trigger);
    connect(m_textEdit, &PayloadEdit::pasteRefused, this, &SendPanel::problem);
}

SendPanel::Mode SendPanel::mode() const
{
    return Mode(m_modeCombo->currentData().toInt());
}

void SendPanel::setMode(Mode mode)
{
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
}

QString SendPanel::text() const
{
    return mode() == Mode::Text ? m_textEdit->text() : m_hexInput->text();
}

void SendPanel::setText(const QString &text)
{
    if (mode() == Mode::Text)
        m_textEdit->setText(text);
    else
        m_hexInput->setText(text);
}

QByteArray SendPanel::lineEnding() const
{
    return kLineEndings[qBound(0, m_lineEndingCombo->currentIndex(), 3)].bytes;
}

TextEncoding SendPanel::encoding() const
{
    return TextEncoding(m_encodingCombo->currentData().toInt());
}

std::optional<QByteArray> SendPanel::payload(QString *error) const
{
    if (mode() == Mode::Hex) {
        if (!m_hexInput->isValid()) {
            *error = m_hexInput->errorString();
            return std::nullopt;
        }
        if (m_hexInput->bytes().isEmpty()) {
            *error = tr("Nothing to send: type bytes in hex, e.g. 48 65 6c 6c 6f");
            return std::nullopt;
        }
        return m_hexInput->bytes();
    }
    const TextCodec codec(
        TextEncoding(m_encodingCombo->currentData().toInt()), DecodeErrorMode::Strict);
    const EncodeResult encoded = codec.encode(m_textEdit->text());
    if (!encoded.ok) {
        *error = tr("Not sent: %1").arg(encoded.errorString);
        return std::nullopt;
    }
    QByteArray bytes = encoded.bytes + lineEnding();
    if (bytes.isEmpty()) {
        *error = tr("Nothing to send: the text is empty and no line ending is chosen");
        return std::nullopt;
    }
    return bytes;
}

void SendPanel::trigger()
{
    if (!m_sendButton->isEnabled())
        return;
    QString error;
    const std::optional<QByteArray> bytes = payload(&error);
    if (!bytes) {
        emit problem(error);
        return;
    }
    emit sendRequested(*bytes);
}

void SendPanel::setSendEnabled(bool enabled)
{
    m_sendButton->setEnabled(enabled);
}

QString SendPanel::defaultMessage()
{
    //: The text a send field starts with, as a student would type it
    return tr("Hello");
}

void SendPanel::saveSettings(QSettings &settings) const
{
    settings.setValue(u"sendMode"_s, mode() == Mode::Hex ? u"hex"_s : u"text"_s);
    // The default greeting is not kept: after a language switch it is the new language's.
    if (m_textEdit->text() == defaultMessage())
        settings.remove(u"message"_s);
    else
        settings.setValue(u"message"_s, m_textEdit->text());
    settings.setValue(u"hexMessage"_s, m_hexInput->text());
    settings.setValue(u"lineEnding"_s, m_lineEndingCombo->currentData());
    settings.setValue(u"sendEncoding"_s,
        TextCodec::pythonName(TextEncoding(m_encodingCombo->currentData().toInt())));
}

void SendPanel::restoreSettings(const QSettings &settings)
{
    setMode(settings.value(u"sendMode"_s).toString() == u"hex" ? Mode::Hex : Mode::Text);
    m_textEdit->setText(settings.value(u"message"_s, defaultMessage()).toString());
    m_hexInput->setText(settings.value(u"hexMessage"_s).toString());
    const int ending = m_lineEndingCombo->findData(settings.value(u"lineEnding"_s, u"lf"_s));
    m_lineEndingCombo->setCurrentIndex(qMax(0, ending));
    TextEncoding encoding = TextEncoding::Utf8;
    TextCodec::encodingFromName(settings.value(u"sendEncoding"_s).toString(), &encoding);
    m_encodingCombo->setCurrentIndex(qMax(0, m_encodingCombo->findData(int(encoding))));
}

} // namespace netlab
