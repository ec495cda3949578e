#pragma once

#include <QColor>
#include <QTreeWidget>

namespace netlab {

class AgentClient;
class SensorHistory;

// The Sensors tab's agents, one row each: a swatch of the agent's colour on the charts, its
// address, state, sensor, last reading, the values now and the sensor failures. Exactly as
// tall as its rows (two at least); Delete asks for the current agent's removal.
class AgentList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit AgentList(QWidget *parent = nullptr);

    int currentIndex() const; // -1: none
    void setCurrentIndex(int index);
    void insertAgent(int index, const QColor &color);
    void removeAgent(int index);
    void showAgent(
        int index, const AgentClient *client, const SensorHistory *history, bool embedded);

signals:
    void removeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fitRows();
};

} // namespace netlab
