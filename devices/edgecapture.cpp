#include <devices/edgecapture.h>

#include <QFile>
#include <QSaveFile>

namespace netlab {

namespace {

// A line of the file for an error message: at most 40 characters, control bytes as '?'.
QString quoted(QByteArrayView line)
{
    QString shown;
    for (const char c : line.first(qMin<qsizetype>(40, line.size()))) {
        const auto byte = static_cast<unsigned char>(c);
        shown.append(byte >= 0x20 && byte < 0x7f ? QChar(QLatin1Char(c)) : QChar(u'?'));
    }
    if (line.size() > 40)
        shown.append(QStringLiteral("…"));
    return shown;
}

// "123" → 123; no sign, no spaces, no overflow.
std::optional<qint64> parseNonNegative(QByteArrayView word)
{
    if (word.isEmpty() || word.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : word) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Applies the parameters line's pairs; false when the words are not all known pairs.
bool parseParameters(const QList<QByteArrayView> &words, EdgeCapture *capture)
{
    if (words.isEmpty() || words.size() % 2 != 0)
        return false;
    EdgeCapture result = *capture;
    for (qsizetype i = 0; i < words.size(); i += 2) {
        const QByteArrayView key = words.at(i);
        const QByteArrayView value = words.at(i + 1);
        if (key == "model") {
            if (value == "dht11")
                result.model = DhtModel::Dht11;
            else if (value == "dht22" || value == "am2302")
                result.model = DhtModel::Dht22;
            else
                return false;
            continue;
        }
        const std::optional<qint64> number = parseNonNegative(value);
        if (!number)
            return false;
        if (key == "samplerate_hz")
            result.sampleRateHz = *number;
        else if (key == "samples")
            result.samples = *number;
        else if (key == "initial_level" && *number <= 1)
            result.initialLevel = *number == 1;
        else
            return false;
    }
    *capture = result;
    return true;
}

QList<QByteArrayView> words(QByteArrayView line)
{
    QList<QByteArrayView> result;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            result.append(line.sliced(start, i - start));
    }
    return result;
}

} // namespace

std::optional<EdgeCapture> EdgeCapture::parse(const QByteArray &text, QString *error)
{
    const auto fail = [error](int lineNumber, const QString &reason) {
        if (error)
            *error = tr("line %1: %2").arg(lineNumber).arg(reason);
        return std::nullopt;
    };
    if (text.size() > kMaxBytes) {
        if (error)
            *error = tr("larger than %1 MiB: not an edge capture").arg(kMaxBytes >> 20);
        return std::nullopt;
    }
    EdgeCapture capture;
    bool parametersSeen = false;
    qint64 previousNs = -1;
    int lineNumber = 0;
    qsizetype position = 0;
    while (position < text.size()) {
        qsizetype end = text.indexOf('\n', position);
        if (end < 0)
            end = text.size();
        QByteArrayView line = QByteArrayView(text).sliced(position, end - position);
        position = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith('#')) {
            QByteArrayView comment = line.sliced(1);
            if (comment.startsWith(' '))
                comment = comment.sliced(1);
            if (!parametersSeen && capture.edges.isEmpty()
                && parseParameters(words(comment), &capture)) {
                parametersSeen = true;
                continue;
            }
            capture.comments.append(QString::fromUtf8(comment));
            continue;
        }
        const QList<QByteArrayView> fields = words(line);
        const std::optional<qint64> ns
            = fields.size() == 2 ? parseNonNegative(fields.at(0)) : std::nullopt;
        if (!ns || (fields.at(1) != "0" && fields.at(1) != "1"))
            return fail(lineNumber,
                tr("expected \"<time in ns> <level 0 or 1>\", got \"%1\"").arg(quoted(line)));
        if (*ns < previousNs)
            return fail(lineNumber,
                tr("time %1 ns is before the previous edge's (%2 ns)").arg(*ns).arg(previousNs));
        if (capture.edges.size() >= kMaxEdges)
            return fail(lineNumber, tr("more than %1 edges").arg(kMaxEdges));
        previousNs = *ns;
        capture.edges.append({*ns, fields.at(1) == "1"});
    }
    return capture;
}

std::optional<EdgeCapture> EdgeCapture::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.read(kMaxBytes + 1);
    QString reason;
    std::optional<EdgeCapture> capture = parse(text, &reason);
    if (!capture && error)
        *error = tr("%1: %2").arg(path, reason);
    return capture;
}

QByteArray EdgeCapture::toText() const
{
    // The parameters line first: a comment that happens to look like one stays a comment.
    QByteArray text = "#";
    if (sampleRateHz > 0)
        text += " samplerate_hz " + QByteArray::number(sampleRateHz);
    if (samples > 0)
        text += " samples " + QByteArray::number(samples);
    text += " initial_level " + QByteArray(initialLevel ? "1" : "0");
    if (model)
        text += " model " + dhtModelKey(*model).toLatin1();
    text += '\n';
    for (const QString &comment : comments) {
        // One comment per line: a line break inside would start a line that is not a comment.
        QString line = comment;
        line.replace(u'\n', u' ').replace(u'\r', u' ');
        text += "# " + line.toUtf8() + '\n';
    }
    for (const DhtDecoder::Edge &edge : edges) {
        text += QByteArray::number(edge.timestampNs);
        text += edge.rising ? " 1\n" : " 0\n";
    }
    return text;
}

bool EdgeCapture::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toText()) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<EdgeCapture::Frame> EdgeCapture::hostFrames(qint64 quietNs, qint64 windowNs) const
{
    QList<Frame> frames;
    bool level = initialLevel;
    qint64 levelSinceNs = 0; // when the line took its current level
    // A capture that begins low begins inside a start pulse.
    std::optional<qint64> pulseStart = initialLevel ? std::nullopt : std::optional<qint64>(0);
    bool watching = false; // a Pi would be recording edges now
    qint64 lastSeenNs = 0;
    for (const DhtDecoder::Edge &edge : edges) {
        const bool wasIdleHigh = level && edge.timestampNs - levelSinceNs >= kIdleHighNs;
        const bool firstEdge = &edge == &edges.first();
        if (!edge.rising && (wasIdleHigh || (firstEdge && level))) {
            // The host pulls the line low: a new start pulse ends whatever was being watched.
            watching = false;
            pulseStart = edge.timestampNs;
        } else if (edge.rising && pulseStart) {
            // The host releases the line: the Pi starts watching.
            frames.append({*pulseStart, edge.timestampNs, {}});
            pulseStart.reset();
            watching = true;
            lastSeenNs = edge.timestampNs;
        } else if (watching) {
            const Frame &frame = frames.constLast();
            if (edge.timestampNs - lastSeenNs >= quietNs
                || edge.timestampNs - frame.releaseNs > windowNs) {
                watching = false;
            } else {
                frames.last().edges.append(edge);
                lastSeenNs = edge.timestampNs;
            }
        }
        if (edge.rising != level || firstEdge)
            levelSinceNs = edge.timestampNs;
        level = edge.rising;
    }
    return frames;
}

} // namespace netlab
