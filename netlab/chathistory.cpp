#include "chathistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr qsizetype kMaxLineBytes = 128 * 1024;

QString kindKey(ChatEntry::Kind kind)
{
    switch (kind) {
    case ChatEntry::Kind::Own:
        return u"own"_s;
    case ChatEntry::Kind::Incoming:
        return u"in"_s;
    case ChatEntry::Kind::System:
        return u"sys"_s;
    case ChatEntry::Kind::Warning:
        return u"warn"_s;
    }
    return u"sys"_s;
}

QString deliveryKey(ChatEntry::Delivery delivery)
{
    switch (delivery) {
    case ChatEntry::Delivery::None:
        return QString();
    case ChatEntry::Delivery::Sent:
        return u"sent"_s;
    case ChatEntry::Delivery::Delivered:
        return u"delivered"_s;
    case ChatEntry::Delivery::NotDelivered:
        return u"undelivered"_s;
    }
    return QString();
}

ChatEntry::Delivery deliveryFromKey(const QString &key)
{
    if (key == u"sent")
        return ChatEntry::Delivery::Sent;
    if (key == u"delivered")
        return ChatEntry::Delivery::Delivered;
    if (key == u"undelivered")
        return ChatEntry::Delivery::NotDelivered;
    return ChatEntry::Delivery::None;
}

QByteArray toLine(const ChatEntry &entry)
{
    QJsonObject object {{"t"_L1, entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {"k"_L1, kindKey(entry.kind)}, {"x"_L1, entry.text}};
    if (!entry.nickname.isEmpty())
        object.insert("n"_L1, entry.nickname);
    if (!entry.id.isEmpty())
        object.insert("i"_L1, entry.id);
    if (entry.delivery != ChatEntry::Delivery::None)
        object.insert("d"_L1, deliveryKey(entry.delivery));
    if (!entry.warning.isEmpty())
        object.insert("w"_L1, entry.warning);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool appendBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::Append)) {
        if (error)
            *error = ChatHistory::tr("cannot write the chat history %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = ChatHistory::tr("cannot write the chat history %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

ChatHistory::ChatHistory(const QString &directory)
    : m_directory(directory)
{ }

QString ChatHistory::filePath(const QString &key) const
{
    QString name;
    for (const QChar c : key.left(100)) {
        const bool keep = (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'.' || c == u'-';
        name.append(keep ? c : u'_');
    }
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(u'_');
    return QDir(m_directory).filePath(name + u".jsonl"_s);
}

QList<ChatEntry> ChatHistory::load(const QString &key) const
{
    QList<ChatEntry> entries;
    if (!isEnabled())
        return entries;
    QFile file(filePath(key));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    if (file.size() > kMaxFileBytes * 2)
        file.seek(file.size() - kMaxFileBytes * 2); // the first line read is then partial
    QHash<QString, ChatEntry::Delivery> updates;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(kMaxLineBytes);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty())
            continue;
        const QString kind = object.value("k"_L1).toString();
        if (kind == u"upd") {
            updates.insert(
                object.value("i"_L1).toString(), deliveryFromKey(object.value("d"_L1).toString()));
            continue;
        }
        ChatEntry entry;
        entry.kind = kind == u"own" ? ChatEntry::Kind::Own
            : kind == u"in"         ? ChatEntry::Kind::Incoming
            : kind == u"warn"       ? ChatEntry::Kind::Warning
                                    : ChatEntry::Kind::System;
        entry.time = QDateTime::fromString(object.value("t"_L1).toString(), Qt::ISODateWithMs)
                         .toLocalTime();
        entry.nickname = object.value("n"_L1).toString();
        entry.text = object.value("x"_L1).toString();
        entry.id = object.value("i"_L1).toString();
        entry.delivery = deliveryFromKey(object.value("d"_L1).toString());
        entry.warning = object.value("w"_L1).toString();
        entry.fromHistory = true;
        entries.append(entry);
        if (entries.size() > kMaxEntries * 2)
            entries.remove(0, entries.size() - kMaxEntries);
    }
    if (entries.size() > kMaxEntries)
        entries.remove(0, entries.size() - kMaxEntries);
    for (ChatEntry &entry : entries) {
        const auto update = updates.constFind(entry.id);
        if (!entry.id.isEmpty() && update != updates.constEnd())
            entry.delivery = *update;
        // A message still "sent" when the program ended was never acknowledged.
        if (entry.delivery == ChatEntry::Delivery::Sent)
            entry.delivery = ChatEntry::Delivery::NotDelivered;
    }
    return entries;
}

bool ChatHistory::append(const QString &key, const ChatEntry &entry, QString *error)
{
    if (!isEnabled())
        return true;
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("cannot create the chat history folder %1").arg(m_directory);
        return false;
    }
    const QString path = filePath(key);
    if (!appendBytes(path, toLine(entry), error))
        return false;
    if (QFileInfo(path).size() > kMaxFileBytes)
        return compact(key, error);
    return true;
}

bool ChatHistory::updateDelivery(
    const QString &key, const QString &id, ChatEntry::Delivery delivery, QString *error)
{
    if (!isEnabled())
        return true;
    const QJsonObject object {{"k"_L1, u"upd"_s}, {"i"_L1, id}, {"d"_L1, deliveryKey(delivery)}};
    return appendBytes(
        filePath(key), QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n', error);
}

bool ChatHistory::compact(const QString &key, QString *error)
{
    QList<ChatEntry> entries = load(key);
    if (entries.size() > kMaxEntries / 2)
        entries.remove(0, entries.size() - kMaxEntries / 2);
    QSaveFile file(filePath(key));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot rewrite the chat history %1: %2")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    qint64 total = 0;
    // Keep the newest entries that fit in half the byte bound.
    QList<QByteArray> lines;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        QByteArray line = toLine(*it);
        if (total + line.size() > kMaxFileBytes / 2)
            break;
        total += line.size();
        lines.prepend(line);
    }
    for (const QByteArray &line : std::as_const(lines))
        file.write(line);
    if (!file.commit()) {
        if (error)
            *error = tr("cannot rewrite the chat history %1: %2")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool ChatHistory::clear(const QString &key)
{
    return !isEnabled() || !QFile::exists(filePath(key)) || QFile::remove(filePath(key));
}

} // namespace netlab
