#include "endpointpicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QString stripBrackets(QString host)
{
    host = host.trimmed();
    if (host.size() >= 2 && host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    return host;
}

} // namespace

EndpointPicker::EndpointPicker(QWidget *parent)
    : QWidget(parent)
    , m_host(new QComboBox(this))
    , m_port(new QSpinBox(this))
{
    m_host->setObjectName(u"hostCombo"_s);
    m_host->setAccessibleName(tr("Host"));
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->setMaxCount(kMaxHistory);
    m_host->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_host->setMinimumContentsLength(16);
    m_host->lineEdit()->setMaxLength(kMaxHostLength + 8);
    m_host->lineEdit()->setPlaceholderText(tr("host name or address"));
    m_host->setToolTip(tr("A host name (localhost, pi.local), an IPv4 address (192.168.1.20) "
                          "or an IPv6 address (::1)"));

    m_port->setObjectName(u"portSpin"_s);
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(50000);

    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hostLabel);
    layout->addWidget(m_host, 1);
    layout->addWidget(portLabel);
    layout->addWidget(m_port);

    connect(m_host, &QComboBox::editTextChanged, this, &EndpointPicker::endpointChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &EndpointPicker::endpointChanged);
}

QString EndpointPicker::host() const
{
    return stripBrackets(m_host->currentText());
}

void EndpointPicker::setHost(const QString &host)
{
    m_host->setEditText(host.trimmed());
}

quint16 EndpointPicker::port() const
{
    return quint16(m_port->value());
}

void EndpointPicker::setPort(quint16 port)
{
    m_port->setValue(port);
}

void EndpointPicker::setAllowAnyPort(bool allow)
{
    m_allowAnyPort = allow;
    m_port->setMinimum(allow ? 0 : 1);
    m_port->setSpecialValueText(allow ? tr("any free port") : QString());
    m_port->setToolTip(allow ? tr("0 lets the system choose a free port") : QString());
}

QStringList EndpointPicker::history() const
{
    QStringList hosts;
    for (int i = 0; i < m_host->count(); ++i)
        hosts.append(m_host->itemText(i));
    return hosts;
}

void EndpointPicker::setHistory(const QStringList &hosts)
{
    const QString current = m_host->currentText();
    QStringList clean;
    for (const QString &h : hosts) {
        const QString t = h.trimmed();
        if (!t.isEmpty() && hostError(t).isEmpty() && !clean.contains(t, Qt::CaseInsensitive))
            clean.append(t);
        if (clean.size() == kMaxHistory)
            break;
    }
    m_host->clear();
    m_host->addItems(clean);
    m_host->setEditText(current);
}

void EndpointPicker::rememberCurrent()
{
    const QString current = m_host->currentText().trimmed();
    if (current.isEmpty() || !hostError(current).isEmpty())
        return;
    QStringList hosts = history();
    hosts.removeIf([&](const QString &h) { return h.compare(current, Qt::CaseInsensitive) == 0; });
    hosts.prepend(current);
    setHistory(hosts);
    m_host->setEditText(current);
}

QString EndpointPicker::errorString() const
{
    return hostError(m_host->currentText());
}

QString EndpointPicker::hostError(const QString &text)
{
    const QString host = stripBrackets(text);
    if (host.isEmpty())
        return tr("Enter a host name or an IP address.");
    if (host.size() > kMaxHostLength)
        return tr("The host name is %1 characters long; a host name has at most %2.")
            .arg(host.size())
            .arg(kMaxHostLength);
    if (!QHostAddress(host).isNull())
        return {};
    for (const QChar c : host) {
        if (c.isSpace()
            || (c.unicode() < 0x80 && !c.isLetterOrNumber() && c != u'-' && c != u'.' && c != u'_')
            || !c.isPrint()) {
            const QString shown = c.isSpace() ? tr("a space") : u"'%1'"_s.arg(c);
            return tr("%1 is not allowed in a host name or address.").arg(shown);
        }
    }
    const QStringList labels = host.endsWith(u'.') ? host.chopped(1).split(u'.') : host.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return tr("'%1' has an empty part between dots.").arg(host);
        if (label.size() > 63)
            return tr("'%1' has a part longer than 63 characters.").arg(host);
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(host));
    if (ace.isEmpty())
        return tr("'%1' is not a valid host name.").arg(host);
    if (ace.size() > kMaxHostLength)
        return tr("The host name is %1 characters long in its ASCII form; a host name has at "
                  "most %2.")
            .arg(ace.size())
            .arg(kMaxHostLength);
    return {};
}

void EndpointPicker::saveSettings(QSettings &settings) const
{
    settings.setValue(u"host"_s, m_host->currentText().trimmed());
    settings.setValue(u"port"_s, m_port->value());
    settings.setValue(u"hostHistory"_s, history());
}

void EndpointPicker::restoreSettings(const QSettings &settings)
{
    setHistory(settings.value(u"hostHistory"_s).toStringList());
    if (settings.contains(u"host"_s)) {
        const QString host = settings.value(u"host"_s).toString().left(kMaxHostLength + 8);
        setHost(host);
    }
    bool ok = false;
    const int port = settings.value(u"port"_s).toInt(&ok);
    if (ok && port >= m_port->minimum() && port <= m_port->maximum())
        m_port->setValue(port);
}

} // namespace netlab
