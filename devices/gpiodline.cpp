#include <devices/gpiodline.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cerrno>
#include <cstring>

#ifdef NETLAB_HAVE_GPIOD
#include <gpiod.h>
#endif

namespace netlab {

namespace {

[[maybe_unused]] QString osReason(int error)
{
    if (error == EACCES || error == EPERM)
        return GpiodLine::tr("permission denied (add the user to group gpio)");
    if (error == EBUSY)
        return GpiodLine::tr("the line is in use by another program or a kernel driver");
    return QString::fromLocal8Bit(std::strerror(error));
}

const QStringList kPiChipLabels = {
    QStringLiteral("pinctrl-bcm2835"),
    QStringLiteral("pinctrl-bcm2711"),
    QStringLiteral("pinctrl-rp1"),
};

} // namespace

#if defined(NETLAB_HAVE_GPIOD) && defined(NETLAB_GPIOD_V2)

// libgpiod v2: requests with line settings; reconfigured from output to edge-watching input.
struct GpiodLine::Private
{
    gpiod_chip *chip = nullptr;
    gpiod_line_request *request = nullptr;
    gpiod_edge_event_buffer *buffer = nullptr;
    bool output = false;

    ~Private()
    {
        if (request)
            gpiod_line_request_release(request);
        if (buffer)
            gpiod_edge_event_buffer_free(buffer);
        if (chip)
            gpiod_chip_close(chip);
    }

    gpiod_line_config *config(unsigned offset, bool asOutput, bool high)
    {
        gpiod_line_settings *settings = gpiod_line_settings_new();
        if (!settings)
            return nullptr;
        if (asOutput) {
            gpiod_line_settings_set_direction(settings, GPIOD_LINE_DIRECTION_OUTPUT);
            gpiod_line_settings_set_output_value(
                settings, high ? GPIOD_LINE_VALUE_ACTIVE : GPIOD_LINE_VALUE_INACTIVE);
        } else {
            gpiod_line_settings_set_direction(settings, GPIOD_LINE_DIRECTION_INPUT);
            gpiod_line_settings_set_edge_detection(settings, GPIOD_LINE_EDGE_BOTH);
            gpiod_line_settings_set_event_clock(settings, GPIOD_LINE_CLOCK_MONOTONIC);
        }
        gpiod_line_config *lineConfig = gpiod_line_config_new();
        if (lineConfig
            && gpiod_line_config_add_line_settings(lineConfig, &offset, 1, settings) != 0) {
            gpiod_line_config_free(lineConfig);
            lineConfig = nullptr;
        }
        gpiod_line_settings_free(settings);
        return lineConfig;
    }

    bool apply(unsigned offset, bool asOutput, bool high, const QString &consumer)
    {
        gpiod_line_config *lineConfig = config(offset, asOutput, high);
        if (!lineConfig)
            return false;
        bool ok = false;
        if (request) {
            ok = gpiod_line_request_reconfigure_lines(request, lineConfig) == 0;
        } else {
            gpiod_request_config *requestConfig = gpiod_request_config_new();
            if (requestConfig) {
                gpiod_request_config_set_consumer(requestConfig, consumer.toUtf8().constData());
                request = gpiod_chip_request_lines(chip, requestConfig, lineConfig);
                ok = request != nullptr;
                gpiod_request_config_free(requestConfig);
            }
        }
        gpiod_line_config_free(lineConfig);
        return ok;
    }
};

QList<GpiodLine::ChipInfo> GpiodLine::chips(QString *error)
{
    QList<ChipInfo> result;
    const QStringList names
        = QDir(QStringLiteral("/dev"))
              .entryList({QStringLiteral("gpiochip*")}, QDir::System | QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = QStringLiteral("/dev/") + name;
        gpiod_chip *chip = gpiod_chip_open(path.toLocal8Bit().constData());
        if (!chip) {
            if (error)
                *error = tr("%1: %2").arg(path, osReason(errno));
            continue;
        }
        ChipInfo info;
        info.path = path;
        if (gpiod_chip_info *chipInfo = gpiod_chip_get_info(chip)) {
            info.label = QString::fromUtf8(gpiod_chip_info_get_label(chipInfo));
            const size_t lines = gpiod_chip_info_get_num_lines(chipInfo);
            for (size_t offset = 0; offset < lines && offset < 1024; ++offset) {
                gpiod_line_info *lineInfo = gpiod_chip_get_line_info(chip, unsigned(offset));
                const char *lineName = lineInfo ? gpiod_line_info_get_name(lineInfo) : nullptr;
                info.lineNames.append(lineName ? QString::fromUtf8(lineName) : QString());
                if (lineInfo)
                    gpiod_line_info_free(lineInfo);
            }
            gpiod_chip_info_free(chipInfo);
        }
        gpiod_chip_close(chip);
        result.append(info);
    }
    return result;
}

bool GpiodLine::isAvailable()
{
    return true;
}

QString GpiodLine::libraryVersion()
{
    return QString::fromLatin1(gpiod_api_version());
}

bool GpiodLine::setOutput(bool high, QString *error)
{
    const unsigned offset = unsigned(m_location.offset);
    bool ok;
    if (d->request && d->output)
        ok = gpiod_line_request_set_value(
                 d->request, offset, high ? GPIOD_LINE_VALUE_ACTIVE : GPIOD_LINE_VALUE_INACTIVE)
            == 0;
    else
        ok = d->apply(offset, true, high, m_consumer);
    if (!ok) {
        if (error)
            *error = tr("%1: cannot drive the line: %2").arg(description(), osReason(errno));
        return false;
    }
    d->output = true;
    m_level = high;
    return true;
}

bool GpiodLine::watchEdges(QString *error)
{
    if (!d->apply(unsigned(m_location.offset), false, false, m_consumer)) {
        if (error)
            *error = tr("%1: cannot watch edges: %2").arg(description(), osReason(errno));
        return false;
    }
    d->output = false;
    if (!d->buffer)
        d->buffer = gpiod_edge_event_buffer_new(128);
    return d->buffer != nullptr;
}

bool GpiodLine::readEdges(int quietUs, int totalUs, QList<Edge> *edges, QString *error)
{
    edges->clear();
    if (!d->request || d->output || !d->buffer) {
        if (error)
            *error = tr("%1: not watching edges").arg(description());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.nsecsElapsed() < qint64(totalUs) * 1000 && edges->size() < 1000) {
        const int ready = gpiod_line_request_wait_edge_events(d->request, qint64(quietUs) * 1000);
        if (ready < 0) {
            if (error)
                *error = tr("%1: waiting for edges: %2").arg(description(), osReason(errno));
            return false;
        }
        if (ready == 0)
            break;
        const int count = gpiod_line_request_read_edge_events(d->request, d->buffer, 128);
        if (count < 0) {
            if (error)
                *error = tr("%1: reading edges: %2").arg(description(), osReason(errno));
            return false;
        }
        for (int i = 0; i < count; ++i) {
            gpiod_edge_event *event = gpiod_edge_event_buffer_get_event(d->buffer, unsigned(i));
            edges->append({qint64(gpiod_edge_event_get_timestamp_ns(event)),
                gpiod_edge_event_get_event_type(event) == GPIOD_EDGE_EVENT_RISING_EDGE});
        }
    }
    return true;
}

void GpiodLine::release()
{
    if (d->request) {
        gpiod_line_request_release(d->request);
        d->request = nullptr;
    }
    d->output = false;
}

std::unique_ptr<GpiodLine> GpiodLine::open(int bcm, const QString &consumer, QString *error)
{
    const auto location = find(bcm, error);
    if (!location)
        return nullptr;
    std::unique_ptr<GpiodLine> line(new GpiodLine(bcm, *location, consumer));
    line->d->chip = gpiod_chip_open(location->chipPath.toLocal8Bit().constData());
    if (!line->d->chip) {
        if (error)
            *error = tr("%1: %2").arg(location->chipPath, osReason(errno));
        return nullptr;
    }
    return line;
}

#elif defined(NETLAB_HAVE_GPIOD)

// libgpiod v1.6: a line handle, requested as output or for both-edge events.
struct GpiodLine::Private
{
    gpiod_chip *chip = nullptr;
    gpiod_line *line = nullptr;
    bool requested = false;
    bool output = false;

    ~Private()
    {
        if (line && requested)
            gpiod_line_release(line);
        if (chip)
            gpiod_chip_close(chip);
    }
};

QList<GpiodLine::ChipInfo> GpiodLine::chips(QString *error)
{
    QList<ChipInfo> result;
    const QStringList names
        = QDir(QStringLiteral("/dev"))
              .entryList({QStringLiteral("gpiochip*")}, QDir::System | QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = QStringLiteral("/dev/") + name;
        gpiod_chip *chip = gpiod_chip_open(path.toLocal8Bit().constData());
        if (!chip) {
            if (error)
                *error = tr("%1: %2").arg(path, osReason(errno));
            continue;
        }
        ChipInfo info;
        info.path = path;
        info.label = QString::fromUtf8(gpiod_chip_label(chip));
        const unsigned lines = gpiod_chip_num_lines(chip);
        for (unsigned offset = 0; offset < lines && offset < 1024; ++offset) {
            gpiod_line *line = gpiod_chip_get_line(chip, offset);
            const char *lineName = line ? gpiod_line_name(line) : nullptr;
            info.lineNames.append(lineName ? QString::fromUtf8(lineName) : QString());
        }
        gpiod_chip_close(chip);
        result.append(info);
    }
    return result;
}

bool GpiodLine::isAvailable()
{
    return true;
}

QString GpiodLine::libraryVersion()
{
    return QString::fromLatin1(gpiod_version_string());
}

bool GpiodLine::setOutput(bool high, QString *error)
{
    bool ok;
    if (d->requested && d->output) {
        ok = gpiod_line_set_value(d->line, high ? 1 : 0) == 0;
    } else {
        if (d->requested)
            gpiod_line_release(d->line);
        d->requested = false;
        ok = gpiod_line_request_output(d->line, m_consumer.toUtf8().constData(), high ? 1 : 0) == 0;
        d->requested = ok;
    }
    if (!ok) {
        if (error)
            *error = tr("%1: cannot drive the line: %2").arg(description(), osReason(errno));
        return false;
    }
    d->output = true;
    m_level = high;
    return true;
}

bool GpiodLine::watchEdges(QString *error)
{
    if (d->requested)
        gpiod_line_release(d->line);
    d->requested = false;
    d->output = false;
    if (gpiod_line_request_both_edges_events(d->line, m_consumer.toUtf8().constData()) != 0) {
        if (error)
            *error = tr("%1: cannot watch edges: %2").arg(description(), osReason(errno));
        return false;
    }
    d->requested = true;
    return true;
}

bool GpiodLine::readEdges(int quietUs, int totalUs, QList<Edge> *edges, QString *error)
{
    edges->clear();
    if (!d->requested || d->output) {
        if (error)
            *error = tr("%1: not watching edges").arg(description());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    gpiod_line_event events[64];
    while (clock.nsecsElapsed() < qint64(totalUs) * 1000 && edges->size() < 1000) {
        const timespec timeout {quietUs / 1'000'000, long(quietUs % 1'000'000) * 1000};
        const int ready = gpiod_line_event_wait(d->line, &timeout);
        if (ready < 0) {
            if (error)
                *error = tr("%1: waiting for edges: %2").arg(description(), osReason(errno));
            return false;
        }
        if (ready == 0)
            break;
        const int count = gpiod_line_event_read_multiple(d->line, events, 64);
        if (count < 0) {
            if (error)
                *error = tr("%1: reading edges: %2").arg(description(), osReason(errno));
            return false;
        }
        for (int i = 0; i < count; ++i) {
            edges->append({qint64(events[i].ts.tv_sec) * 1'000'000'000 + events[i].ts.tv_nsec,
                events[i].event_type == GPIOD_LINE_EVENT_RISING_EDGE});
        }
    }
    return true;
}

void GpiodLine::release()
{
    if (d->requested)
        gpiod_line_release(d->line);
    d->requested = false;
    d->output = false;
}

std::unique_ptr<GpiodLine> GpiodLine::open(int bcm, const QString &consumer, QString *error)
{
    const auto location = find(bcm, error);
    if (!location)
        return nullptr;
    std::unique_ptr<GpiodLine> line(new GpiodLine(bcm, *location, consumer));
    line->d->chip = gpiod_chip_open(location->chipPath.toLocal8Bit().constData());
    if (line->d->chip)
        line->d->line = gpiod_chip_get_line(line->d->chip, unsigned(location->offset));
    if (!line->d->line) {
        if (error)
            *error = tr("%1: %2").arg(location->chipPath, osReason(errno));
        return nullptr;
    }
    return line;
}

#else

// Built without libgpiod: every attempt fails with the reason.
struct GpiodLine::Private
{ };

QList<GpiodLine::ChipInfo> GpiodLine::chips(QString *)
{
    return {};
}

bool GpiodLine::isAvailable()
{
    return false;
}

QString GpiodLine::libraryVersion()
{
    return {};
}

bool GpiodLine::setOutput(bool, QString *error)
{
    if (error)
        *error = tr("built without libgpiod");
    return false;
}

bool GpiodLine::watchEdges(QString *error)
{
    return setOutput(false, error);
}

bool GpiodLine::readEdges(int, int, QList<Edge> *edges, QString *error)
{
    edges->clear();
    return setOutput(false, error);
}

void GpiodLine::release()
{ }

std::unique_ptr<GpiodLine> GpiodLine::open(int, const QString &, QString *error)
{
    if (error)
        *error = tr("this build has no GPIO support (libgpiod was not found at build time)");
    return nullptr;
}

#endif

GpiodLine::GpiodLine(int bcm, const Location &location, const QString &consumer)
    : d(std::make_unique<Private>())
    , m_bcm(bcm)
    , m_location(location)
    , m_consumer(consumer)
{ }

GpiodLine::~GpiodLine() = default;

std::optional<GpiodLine::Location> GpiodLine::find(int bcm, QString *error)
{
    QString chipError;
    const auto location = locate(chips(&chipError), bcm);
    if (!location && error)
        *error = chipError.isEmpty()
            ? tr("no Raspberry Pi GPIO chip and no line named GPIO%1 on this machine").arg(bcm)
            : chipError;
    return location;
}

std::optional<GpiodLine::Location> GpiodLine::locate(const QList<ChipInfo> &chips, int bcm)
{
    if (bcm < 0)
        return std::nullopt;
    for (const ChipInfo &chip : chips) {
        if (kPiChipLabels.contains(chip.label)
            && (chip.lineNames.isEmpty() || bcm < chip.lineNames.size()))
            return Location {chip.path, chip.label, bcm};
    }
    const QString wanted = QStringLiteral("GPIO%1").arg(bcm);
    for (const ChipInfo &chip : chips) {
        const qsizetype offset = chip.lineNames.indexOf(wanted);
        if (offset >= 0)
            return Location {chip.path, chip.label, int(offset)};
    }
    return std::nullopt;
}

QString GpiodLine::description() const
{
    return tr("GPIO%1 on %2 (%3, line %4)")
        .arg(m_bcm)
        .arg(m_location.chipPath, m_location.chipLabel)
        .arg(m_location.offset);
}

} // namespace netlab
