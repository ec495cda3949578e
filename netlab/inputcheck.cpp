#include <netlab/inputcheck.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

// Gives lupdate and the code the same translation context for the messages below.
struct InputCheck
{
    Q_DECLARE_TR_FUNCTIONS(netlab::InputCheck)
};

// "[fe80::1%eth0]" → "fe80::1%eth0"
QString stripBrackets(const QString &text)
{
    if (text.size() >= 2 && text.startsWith(u'[') && text.endsWith(u']'))
        return text.mid(1, text.size() - 2);
    return text;
}

QString shortened(const QString &text)
{
    constexpr int kShown = 20;
    return text.size() <= kShown ? text : text.left(kShown) + u'…';
}

} // namespace

QString hostNameError(const QString &name)
{
    const QString host = stripBrackets(name.trimmed());
    if (host.isEmpty())
        return InputCheck::tr("Enter a host name or an IP address.");
    if (host.size() > kMaxHostNameLength)
        return InputCheck::tr("The name is %1 characters long; a host name has at most %2.")
            .arg(host.size())
            .arg(kMaxHostNameLength);
    if (!QHostAddress(host).isNull())
        return {};
    for (qsizetype i = 0; i < host.size(); ++i) {
        const QChar c = host.at(i);
        const bool asciiOk = c.unicode() < 0x80
            && ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                || c == u'-' || c == u'.' || c == u'_');
        const bool international = c.unicode() >= 0x80 && c.isLetterOrNumber();
        if (!asciiOk && !international) {
            QString shown;
            if (c.isSpace())
                shown = InputCheck::tr("a space");
            else if (!c.isPrint())
                shown
                    = InputCheck::tr("the control character U+%1")
                          .arg(QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper());
            else
                shown = u"'%1'"_s.arg(c);
            return InputCheck::tr(
                "%1 (position %2) cannot be in a host name: use letters, digits, '-' and "
                "dots.")
                .arg(shown)
                .arg(i + 1);
        }
    }
    const QString withoutRoot = host.endsWith(u'.') ? host.chopped(1) : host;
    const QStringList labels = withoutRoot.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return InputCheck::tr("'%1' has an empty part between dots.").arg(shortened(host));
        if (label.size() > kMaxLabelLength)
            return InputCheck::tr(
                "The part '%1' is %2 characters long; a part between dots has at most %3.")
                .arg(shortened(label))
                .arg(label.size())
                .arg(kMaxLabelLength);
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(withoutRoot));
    if (ace.isEmpty())
        return InputCheck::tr("'%1' is not a valid international host name.").arg(shortened(host));
    if (ace.size() > kMaxHostNameLength)
        return InputCheck::tr(
            "The name is %1 characters long in its ASCII form; a host name has at most %2.")
            .arg(ace.size())
            .arg(kMaxHostNameLength);
    const QStringList aceLabels = ace.split(u'.');
    for (const QString &label : aceLabels) {
        if (label.size() > kMaxLabelLength)
            return InputCheck::tr(
                "The part '%1' is %2 characters long in its ASCII form; a part between "
                "dots has at most %3.")
                .arg(shortened(label))
                .arg(label.size())
                .arg(kMaxLabelLength);
    }
    return {};
}

QString portError(qint64 port)
{
    if (port == 0)
        return InputCheck::tr("Port 0 is not a real port (it means \"any free port\" when a server "
                              "listens); use 1 to 65535.");
    if (port < 0 || port > 65535)
        return InputCheck::tr("Port %1 is out of range: ports go from 1 to 65535.").arg(port);
    return {};
}

std::optional<quint16> parsePortNumber(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qint64 value = trimmed.toLongLong(&ok);
    QString reason;
    if (trimmed.isEmpty())
        reason = InputCheck::tr("Enter a port number (1 to 65535).");
    else if (!ok)
        reason = InputCheck::tr("'%1' is not a port number: use digits only, 1 to 65535.")
                     .arg(shortened(trimmed));
    else
        reason = portError(value);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return quint16(value);
}

} // namespace netlab
