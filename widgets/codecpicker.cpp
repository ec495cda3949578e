#include "codecpicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace netlab {

CodecPicker::CodecPicker(QWidget *parent)
    : QWidget(parent)
    , m_encoding(new QComboBox(this))
    , m_mode(new QComboBox(this))
{
    m_encoding->setObjectName(u"encodingCombo"_s);
    m_encoding->setAccessibleName(tr("Encoding"));
    for (auto e : {TextEncoding::Utf8, TextEncoding::Ascii, TextEncoding::Latin1})
        m_encoding->addItem(TextCodec::encodingName(e), int(e));

    m_mode->setObjectName(u"errorModeCombo"_s);
    m_mode->setAccessibleName(tr("Decode errors"));
    m_mode->setToolTip(tr("What to do with bytes that are not valid in the encoding:\n"
                          "strict - stop and report the error\n"
                          "replace - show \uFFFD for each invalid sequence\n"
                          "ignore - leave them out\n"
                          "Every invalid sequence is counted and shown in either case."));
    for (auto m : {DecodeErrorMode::Strict, DecodeErrorMode::Replace, DecodeErrorMode::Ignore})
        m_mode->addItem(TextCodec::modeName(m), int(m));

    auto *encodingLabel = new QLabel(tr("E&ncoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *modeLabel = new QLabel(tr("E&rrors:"), this);
    modeLabel->setBuddy(m_mode);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(encodingLabel);
    layout->addWidget(m_encoding);
    layout->addWidget(modeLabel);
    layout->addWidget(m_mode);

    setCodec(TextCodec());
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &CodecPicker::emitChanged);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CodecPicker::emitChanged);
}

TextCodec CodecPicker::codec() const
{
    return TextCodec(TextEncoding(m_encoding->currentData().toInt()),
        DecodeErrorMode(m_mode->currentData().toInt()));
}

void CodecPicker::setCodec(const TextCodec &codec)
{
    if (codec == this->codec())
        return;
    m_updating = true;
    m_encoding->setCurrentIndex(m_encoding->findData(int(codec.encoding())));
    m_mode->setCurrentIndex(m_mode->findData(int(codec.errorMode())));
    m_updating = false;
    emitChanged();
}

void CodecPicker::emitChanged()
{
    if (!m_updating)
        emit codecChanged(codec());
}

void CodecPicker::saveSettings(QSettings &settings) const
{
    const TextCodec c = codec();
    settings.setValue(u"encoding"_s, TextCodec::pythonName(c.encoding()));
    settings.setValue(u"errors"_s, TextCodec::modeKey(c.errorMode()));
}

void CodecPicker::restoreSettings(const QSettings &settings)
{
    TextCodec c = codec();
    TextEncoding encoding = c.encoding();
    if (TextCodec::encodingFromName(settings.value(u"encoding"_s).toString(), &encoding))
        c.setEncoding(encoding);
    DecodeErrorMode mode = c.errorMode();
    if (TextCodec::modeFromKey(settings.value(u"errors"_s).toString(), &mode))
        c.setErrorMode(mode);
    setCodec(c);
}

} // namespace netlab
