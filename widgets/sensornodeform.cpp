#include "sensornodeform.h"

#include <netlab/escapedtext.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    buddy->setAccessibleName(QString(text).remove(u'&').remove(u':'));
    return label;
}

} // namespace

SensorNodeForm::SensorNodeForm(QWidget *parent)
    : QGroupBox(tr("Protocol"), parent)
{
    auto *form = new QFormLayout(this);
    const auto addEdit
        = [&](QLineEdit *&edit, const QString &name, const QString &label, const QString &tip) {
              edit = new QLineEdit(this);
              edit->setObjectName(name);
              edit->setToolTip(tip);
              form->addRow(buddyLabel(label, edit, this), edit);
              connect(edit, &QLineEdit::textChanged, this, &SensorNodeForm::changed);
          };
    const auto addSpin = [&](QSpinBox *&spin, const QString &name, const QString &label,
                             int minimum, int maximum, const QString &tip) {
        spin = new QSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(minimum, maximum);
        spin->setToolTip(tip);
        form->addRow(buddyLabel(label, spin, this), spin);
        connect(spin, &QSpinBox::valueChanged, this, &SensorNodeForm::changed);
    };
    const QString escapes = tr("Bytes as in Python: \\n \\r \\t \\0 \\\\ \\xHH");
    addEdit(m_startEdit, u"startCommandEdit"_s, tr("St&art command:"), escapes);
    addEdit(m_stopEdit, u"stopCommandEdit"_s, tr("Stop co&mmand:"), escapes);
    addEdit(m_ackEdit, u"ackCommandEdit"_s, tr("Ac&knowledgement:"),
        escapes + u'\n' + tr("Empty: packets are not acknowledged"));
    addEdit(m_magicEdit, u"magicEdit"_s, tr("Ma&gic:"),
        escapes + u'\n'
            + tr("The bytes every packet starts with; the session resynchronises on them"));
    addSpin(m_packetSizeSpin, u"packetSizeSpin"_s, tr("Packet &length:"), 1,
        SensorNodeDecoder::kMaxPacketSize, tr("Bytes per packet"));
    m_packetSizeSpin->setSuffix(tr(" bytes"));
    addSpin(m_packetCountSpin, u"packetCountSpin"_s, tr("Packet co&unt:"), 0,
        SensorNodeSession::kMaxPacketCount, tr("Packets to receive before STOP; 0: until stopped"));
    m_packetCountSpin->setSpecialValueText(tr("until stopped"));
    addEdit(m_formatEdit, u"formatEdit"_s, tr("Fo&rmat:"),
        tr("The packet's layout as a Python struct format, e.g. <4sII6f28x"));
    addEdit(m_namesEdit, u"fieldNamesEdit"_s, tr("Field nam&es:"),
        tr("One name per value, separated by commas"));
    addSpin(m_sequenceSpin, u"sequenceFieldSpin"_s, tr("Se&quence field:"), -1, 1000,
        tr("Index of the sequence number among the values; none: no sequence check"));
    m_sequenceSpin->setSpecialValueText(tr("none"));
    addSpin(m_timeoutSpin, u"timeoutSpin"_s, tr("T&imeout:"), SensorNodeSession::kMinTimeoutMs,
        SensorNodeSession::kMaxTimeoutMs, tr("A silent node ends the session after this long"));
    m_timeoutSpin->setSuffix(tr(" ms"));
    m_timeoutSpin->setSingleStep(500);
    auto *defaults = new QPushButton(tr("Defaults"), this);
    defaults->setObjectName(u"protocolDefaultsButton"_s);
    defaults->setAccessibleName(tr("Restore the default protocol settings"));
    connect(defaults, &QPushButton::clicked, this, [this] { setSettings(SensorNodeSettings()); });
    form->addRow(defaults);
    m_namesEdit->setMinimumWidth(m_namesEdit->fontMetrics().horizontalAdvance(u'x') * 24);
}

std::optional<SensorNodeSettings> SensorNodeForm::settings(QString *error) const
{
    SensorNodeSettings settings;
    const auto bytes = [&](QLineEdit *edit, const QString &what, QByteArray &out) {
        QString reason;
        const auto parsed = parseEscapedText(edit->text(), &reason);
        if (!parsed) {
            *error = tr("%1: %2").arg(what, reason);
            return false;
        }
        out = *parsed;
        return true;
    };
    if (!bytes(m_startEdit, tr("Start command"), settings.startCommand)
        || !bytes(m_stopEdit, tr("Stop command"), settings.stopCommand)
        || !bytes(m_ackEdit, tr("Acknowledgement"), settings.ackCommand)
        || !bytes(m_magicEdit, tr("Magic"), settings.decoder.magic))
        return std::nullopt;
    settings.packetCount = m_packetCountSpin->value();
    settings.timeoutMs = m_timeoutSpin->value();
    settings.decoder.packetSize = m_packetSizeSpin->value();
    settings.decoder.format = m_formatEdit->text().trimmed();
    settings.decoder.fieldNames.clear();
    const QString names = m_namesEdit->text().trimmed();
    if (!names.isEmpty()) {
        for (const QString &name : names.split(u','))
            settings.decoder.fieldNames.append(name.trimmed());
    }
    settings.decoder.sequenceField = m_sequenceSpin->value();
    return settings;
}

void SensorNodeForm::setSettings(const SensorNodeSettings &settings)
{
    m_startEdit->setText(toEscapedText(settings.startCommand));
    m_stopEdit->setText(toEscapedText(settings.stopCommand));
    m_ackEdit->setText(toEscapedText(settings.ackCommand));
    m_magicEdit->setText(toEscapedText(settings.decoder.magic));
    m_packetSizeSpin->setValue(settings.decoder.packetSize);
    m_packetCountSpin->setValue(settings.packetCount);
    m_formatEdit->setText(settings.decoder.format);
    m_namesEdit->setText(settings.decoder.fieldNames.join(u", "_s));
    m_sequenceSpin->setValue(settings.decoder.sequenceField);
    m_timeoutSpin->setValue(settings.timeoutMs);
}

void SensorNodeForm::saveSettings(QSettings &settings) const
{
    settings.setValue(u"startCommand"_s, m_startEdit->text());
    settings.setValue(u"stopCommand"_s, m_stopEdit->text());
    settings.setValue(u"ackCommand"_s, m_ackEdit->text());
    settings.setValue(u"magic"_s, m_magicEdit->text());
    settings.setValue(u"packetSize"_s, m_packetSizeSpin->value());
    settings.setValue(u"packetCount"_s, m_packetCountSpin->value());
    settings.setValue(u"format"_s, m_formatEdit->text());
    settings.setValue(u"fieldNames"_s, m_namesEdit->text());
    settings.setValue(u"sequenceField"_s, m_sequenceSpin->value());
    settings.setValue(u"timeoutMs"_s, m_timeoutSpin->value());
}

void SensorNodeForm::restoreSettings(const QSettings &settings)
{
    const auto text = [&](QLineEdit *edit, const QString &key) {
        if (settings.contains(key))
            edit->setText(settings.value(key).toString());
    };
    text(m_startEdit, u"startCommand"_s);
    text(m_stopEdit, u"stopCommand"_s);
    text(m_ackEdit, u"ackCommand"_s);
    text(m_magicEdit, u"magic"_s);
    text(m_formatEdit, u"format"_s);
    text(m_namesEdit, u"fieldNames"_s);
    const auto number = [&](QSpinBox *spin, const QString &key) {
        if (settings.contains(key))
            spin->setValue(settings.value(key).toInt());
    };
    number(m_packetSizeSpin, u"packetSize"_s);
    number(m_packetCountSpin, u"packetCount"_s);
    number(m_sequenceSpin, u"sequenceField"_s);
    number(m_timeoutSpin, u"timeoutMs"_s);
}

} // namespace netlab
