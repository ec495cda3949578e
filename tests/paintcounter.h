#pragma once

// Counts the paint events of a widget (install it on a view's viewport): how often a user
// would see the view redrawn.

#include <QEvent>
#include <QObject>

namespace netlab::test {

class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace netlab::test
