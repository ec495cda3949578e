#include "mqttpayloadview.h"

#include "codecpicker.h"

#include <netlab/hexcodec.h>
#include <netlab/structformat.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

MqttPayloadView::MqttPayloadView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"mqttPayloadMode"_s);
    m_mode->setAccessibleName(tr("Show the payload as"));
    m_mode->addItems({tr("Text"), tr("Hex"), tr("JSON tree"), tr("Struct format")});
    auto *modeLabel = new QLabel(tr("Sho&w as:"), this);
    modeLabel->setBuddy(m_mode);
    m_caption = new QLabel(tr("Select a message or a topic"), this);
    m_caption->setObjectName(u"mqttPayloadCaption"_s);
    top->addWidget(modeLabel);
    top->addWidget(m_mode);
    top->addWidget(m_caption, 1);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    auto *textPage = new QWidget(m_pages);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    m_codec = new CodecPicker(textPage);
    m_codec->setObjectName(u"mqttPayloadCodec"_s);
    m_text = new QPlainTextEdit(textPage);
    m_text->setReadOnly(true);
    m_text->setObjectName(u"mqttPayloadText"_s);
    m_text->setAccessibleName(tr("Payload as text"));
    textLayout->addWidget(m_codec);
    textLayout->addWidget(m_text);
    m_pages->addWidget(textPage);

    m_hex = new QPlainTextEdit(m_pages);
    m_hex->setReadOnly(true);
    m_hex->setObjectName(u"mqttPayloadHex"_s);
    m_hex->setAccessibleName(tr("Payload as hex"));
    m_hex->setFont(QFont(u"monospace"_s));
    m_pages->addWidget(m_hex);

    m_json = new QTreeWidget(m_pages);
    m_json->setObjectName(u"mqttPayloadJson"_s);
    m_json->setAccessibleName(tr("Payload as a JSON tree"));
    m_json->setHeaderLabels({tr("Key"), tr("Value")});
    m_pages->addWidget(m_json);

    auto *structPage = new QWidget(m_pages);
    auto *structLayout = new QVBoxLayout(structPage);
    structLayout->setContentsMargins(0, 0, 0, 0);
    m_format = new QLineEdit(u"<diiiiffff"_s, structPage);
    m_format->setObjectName(u"mqttPayloadStruct"_s);
    m_format->setAccessibleName(tr("Struct format"));
    m_format->setToolTip(tr("A Python struct format, for example <diiiiffff"));
    m_decoded = new QPlainTextEdit(structPage);
    m_decoded->setReadOnly(true);
    m_decoded->setObjectName(u"mqttPayloadDecoded"_s);
    m_decoded->setAccessibleName(tr("Payload decoded by the struct format"));
    structLayout->addWidget(m_format);
    structLayout->addWidget(m_decoded);
    m_pages->addWidget(structPage);
    layout->addWidget(m_pages, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &MqttPayloadView::render);
    connect(m_codec, &CodecPicker::codecChanged, this, &MqttPayloadView::render);
    connect(m_format, &QLineEdit::textChanged, this, &MqttPayloadView::render);
}

void MqttPayloadView::setPayload(const QString &topic, const QByteArray &payload)
{
    m_topic = topic;
    m_payload = payload;
    m_caption->setText(tr("%1 (%n byte(s))", nullptr, int(payload.size())).arg(topic));
    render();
}

void MqttPayloadView::setMode(Mode mode)
{
    m_mode->setCurrentIndex(int(mode));
}

MqttPayloadView::Mode MqttPayloadView::mode() const
{
    return Mode(m_mode->currentIndex());
}

void MqttPayloadView::addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addJson(item, QString::number(i), array.at(i));
    } else if (value.isString()) {
        item->setText(1, u"\"%1\""_s.arg(value.toString()));
    } else if (value.isBool()) {
        item->setText(1, value.toBool() ? u"true"_s : u"false"_s);
    } else if (value.isNull()) {
        item->setText(1, u"null"_s);
    } else {
        item->setText(1, QString::number(value.toDouble(), 'g', 15));
    }
}

void MqttPayloadView::render()
{
    m_pages->setCurrentIndex(m_mode->currentIndex());
    switch (mode()) {
    case Mode::Text:
        m_text->setPlainText(m_codec->codec().decode(m_payload).text);
        break;
    case Mode::Hex:
        m_hex->setPlainText(hexDump(m_payload));
        break;
    case Mode::Json: {
        m_json->clear();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_payload, &error);
        auto *root = new QTreeWidgetItem(m_json, {m_topic});
        if (error.error != QJsonParseError::NoError) {
            root->setText(1,
                tr("not JSON: %1 at character %2").arg(error.errorString()).arg(error.offset + 1));
        } else {
            addJson(root, tr("payload"),
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
        }
        m_json->expandAll();
        m_json->resizeColumnToContents(0);
        break;
    }
    case Mode::Struct: {
        const StructFormat format = StructFormat::parse(m_format->text());
        if (!format.isValid()) {
            m_decoded->setPlainText(format.errorString());
            break;
        }
        QString error;
        const QList<StructValue> values = format.decode(m_payload, &error);
        if (!error.isEmpty()) {
            m_decoded->setPlainText(error);
            break;
        }
        QStringList lines;
        const QStringList names = format.names();
        for (int i = 0; i < values.size(); ++i)
            lines.append(u"%1 = %2"_s.arg(names.value(i), format.displayValue(i, values.at(i))));
        m_decoded->setPlainText(lines.join(u'\n'));
        break;
    }
    }
}

void MqttPayloadView::saveSettings(QSettings &settings) const
{
    settings.setValue(u"payloadMode"_s, m_mode->currentIndex());
    settings.setValue(u"payloadStruct"_s, m_format->text());
    m_codec->saveSettings(settings); // its keys: encoding, errors
}

void MqttPayloadView::restoreSettings(const QSettings &settings)
{
    m_mode->setCurrentIndex(qBound(0, settings.value(u"payloadMode"_s, 0).toInt(), 3));
    m_format->setText(settings.value(u"payloadStruct"_s, m_format->text()).toString());
    m_codec->restoreSettings(settings);
}

} // namespace netlab
