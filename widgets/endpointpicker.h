#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSettings;
class QSpinBox;

namespace netlab {

// Host (editable, with a history of the last kMaxHistory hosts, most recent first) and
// port. isValid()/errorString() check the host: an IP address (IPv4, IPv6, with or without
// brackets and scope) or a host name of at most 253 characters made of labels of 1-63
// letters, digits, '-' or '_' (international names are accepted when they convert to
// ACE). For servers setAllowAnyPort(true) adds port 0 = "any free port".
class EndpointPicker : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxHistory = 10;
    static constexpr int kMaxHostLength = 253;

    explicit EndpointPicker(QWidget *parent = nullptr);

    QString host() const; // trimmed, brackets of "[::1]" removed
    void setHost(const QString &host);
    quint16 port() const;
    void setPort(quint16 port);

    void setAllowAnyPort(bool allow);
    bool allowAnyPort() const { return m_allowAnyPort; }

    QStringList history() const;
    void setHistory(const QStringList &hosts);
    // Puts the current host first in the history (call after a successful connect).
    void rememberCurrent();

    bool isValid() const { return errorString().isEmpty(); }
    QString errorString() const;
    // The same check for any text, for callers that validate without a widget.
    static QString hostError(const QString &host);

    // Keys "host", "port", "hostHistory" in the settings' current group.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    QComboBox *hostCombo() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }

signals:
    void endpointChanged(); // host text or port edited

private:
    QComboBox *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    bool m_allowAnyPort = false;
};

} // namespace netlab
