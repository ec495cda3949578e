#pragma once

// The Sensors tab's classroom view: every agent that publishes netlab/<id>/dht to a broker,
// one small tile each (its id, online/offline, the last reading and a live temperature
// sparkline of its recent readings), thirty and more in a scrolling grid. Binds to an
// MqttClient subscribed to MqttClassroom::filters() and the MqttClassroom it feeds. Tiles are
// repainted from a timer (at most 10 times a second), never per message. Clicking a tile
// opens the agent's full chart, drawn from a SensorHistory fed with its readings.

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTimer;

namespace netlab {

class MqttClassroom;
class MqttClient;
class SensorHistory;

class ClassroomTile : public QWidget
{
    Q_OBJECT
public:
    ClassroomTile(const MqttClassroom *classroom, const QString &id, QWidget *parent = nullptr);
    QString agentId() const { return m_id; }
    QSize sizeHint() const override { return {170, 74}; }

signals:
    void activated(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    const MqttClassroom *m_classroom;
    QString m_id;
};

class ClassroomGrid : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kColumns = 6;
    static constexpr int kRepaintMs = 100;

    ClassroomGrid(MqttClient *client, MqttClassroom *classroom, QWidget *parent = nullptr);

    int tileCount() const { return int(m_tiles.size()); }
    ClassroomTile *tile(const QString &id) const { return m_tiles.value(id); }
    // The full chart's history of an agent (nullptr before its first reading).
    SensorHistory *history(const QString &id) const { return m_histories.value(id); }
    void openChart(const QString &id);
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    // Every repaint of the tiles (the benchmark's hook).
    void tilesRepainted();

private:
    void addTile(const QString &id);
    void toggleConnection();
    void showState();
    void repaintDirty();

    MqttClient *m_client;
    MqttClassroom *m_classroom;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_summary = nullptr;
    QGridLayout *m_grid = nullptr;
    QTimer *m_repaint = nullptr;
    QHash<QString, ClassroomTile *> m_tiles;
    QHash<QString, SensorHistory *> m_histories;
    QStringList m_dirty;
};

} // namespace netlab
