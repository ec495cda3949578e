// The bounded store behind every tab's traffic log.
//
// Entries are kept oldest first in a deque bounded by entry count and by total payload
// bytes; when either bound is exceeded the oldest entries are dropped and counted
// (droppedCount()), so memory stays bounded however fast a peer floods. A payload larger
// than the byte bound on its own is cut to the bound and says so in its note.
// Appends are cheap (no formatting, UTC time stamps); views batch the signals.
//
// Saved file format (UTF-8), one line per entry:
//   <ISO 8601 local time with ms and offset> <dir> <peer or -> <payload>
// where <dir> is "←" incoming, "→" outgoing, "·" info, "!" error, and <payload> is the
// escaped text (TextCodec::decodeEscaped) or space-separated hex; notes are escaped text.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>

namespace netlab {

class TextCodec;

enum class TrafficDirection { Incoming, Outgoing, Info, Error };

// A note's text kept untranslated, so a view renders it in the language shown when it is
// drawn (a language switch re-renders old rows): the source text marked with
// QT_TRANSLATE_NOOP under `context`, and the %1, %2… arguments. Without a context the source
// is shown as is (a system's error message, already in the user's words).
struct TrafficNote
{
    TrafficNote() = default;
    // A note shown as is.
    TrafficNote(const QString &plainText) // NOLINT: implicit, as for a QString
        : args {plainText}
    { }
    // A note translated at display time, e.g. in a QObject's member:
    //   TrafficNote(staticMetaObject.className(), QT_TR_NOOP("…%1"), {x})
    TrafficNote(const char *context, const char *source, const QStringList &arguments = {})
        : context(context)
        , source(source)
        , args(arguments)
    { }

    QString text() const; // in the current language
    bool isEmpty() const { return !source && (args.isEmpty() || args.first().isEmpty()); }

    const char *context = nullptr;
    const char *source = nullptr;
    QStringList args;
};

struct TrafficEntry
{
    QDateTime time; // UTC
    TrafficDirection direction = TrafficDirection::Info;
    QString peer;
    QByteArray payload;
    TrafficNote note; // Info/Error text, or why a payload was cut
};

class TrafficLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaxEntries = 10000;
    static constexpr qint64 kDefaultMaxBytes = 32 * 1024 * 1024;

    explicit TrafficLog(QObject *parent = nullptr);

    void append(TrafficDirection direction, const QString &peer, const QByteArray &payload);
    void appendNote(TrafficDirection direction, const QString &peer, const TrafficNote &note);
    void clear();

    qsizetype count() const { return qsizetype(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    const TrafficEntry &at(qsizetype i) const { return m_entries[size_t(i)]; }
    quint64 droppedCount() const { return m_dropped; }
    qint64 totalBytes() const { return m_bytes; }

    int maxEntries() const { return m_maxEntries; }
    void setMaxEntries(int maxEntries); // at least 1
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 maxBytes); // at least 1

    // Writes every entry (see the file format above); false + *error in plain words.
    bool save(const QString &path, bool hex, const TextCodec &codec, QString *error) const;
    // One entry as a line of the saved format, without the line end.
    static QString formatLine(const TrafficEntry &entry, bool hex, const TextCodec &codec);
    // "←", "→", "·", "!"
    static QString directionSymbol(TrafficDirection direction);

signals:
    // [first, first + count) are new, indices as they are after the signal.
    void entriesAdded(qsizetype first, qsizetype count);
    // The `count` oldest entries were dropped; indices of the rest moved down by count.
    void entriesDropped(qsizetype count);
    void cleared();

private:
    void add(TrafficEntry &&entry);
    void enforceBounds();

    std::deque<TrafficEntry> m_entries;
    qint64 m_bytes = 0;
    quint64 m_dropped = 0;
    int m_maxEntries = kDefaultMaxEntries;
    qint64 m_maxBytes = kDefaultMaxBytes;
};

} // namespace netlab
