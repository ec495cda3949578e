#pragma once

// Chat conversations kept across restarts: one file per conversation (per peer) in a
// directory, one compact JSON object per line:
//   {"t":ISO8601,"k":"own"|"in"|"sys"|"warn","n":nickname,"x":text,"i":id,"d":delivery,"w":warning}
// Bounded: a file holds at most kMaxEntries entries (older ones are dropped when it is
// rewritten) and at most kMaxFileBytes; unreadable lines are skipped.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace netlab {

struct ChatEntry
{
    enum class Kind { Own, Incoming, System, Warning };
    enum class Delivery {
        None, // not a message of ours, or sent to plain peers who cannot acknowledge
        Sent, // on the wire, waiting for the peer's workbench to show it
        Delivered, // every netlab peer acknowledged it
        NotDelivered, // the connection ended before it was acknowledged
    };

    Kind kind = Kind::System;
    QDateTime time;
    QString nickname;
    QString text;
    QString id;
    Delivery delivery = Delivery::None;
    QString warning; // an incoming line shown raw (garbage JSON, invalid UTF-8): why
    bool fromHistory = false; // loaded from an earlier session
};

class ChatHistory
{
    Q_DECLARE_TR_FUNCTIONS(netlab::ChatHistory)

public:
    static constexpr int kMaxEntries = 500;
    static constexpr qint64 kMaxFileBytes = 2 * 1024 * 1024;

    explicit ChatHistory(const QString &directory = QString());

    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory) { m_directory = directory; }
    bool isEnabled() const { return !m_directory.isEmpty(); }

    // The last kMaxEntries entries of the conversation `key`, oldest first.
    QList<ChatEntry> load(const QString &key) const;
    // Appends one entry; rewrites the file (keeping the newest half) when it grows past its
    // bounds. Returns false with *error when the file cannot be written.
    bool append(const QString &key, const ChatEntry &entry, QString *error = nullptr);
    // Records a later delivery state of message `id` (appended as a small update line).
    bool updateDelivery(
        const QString &key, const QString &id, ChatEntry::Delivery delivery, QString *error);
    bool clear(const QString &key);

    // The file for `key`: characters other than letters, digits, '.', '-' replaced by '_'.
    QString filePath(const QString &key) const;

private:
    bool compact(const QString &key, QString *error);

    QString m_directory;
};

} // namespace netlab
