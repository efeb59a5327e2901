#include "qt_std.h"

namespace lethe::ui {

QString label_name(int label, bool fashion) {
    static const char *names[] = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                  "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    if (fashion && label >= 0 && label < 10)
        return QStringLiteral("%1 (%2)").arg(label).arg(QLatin1String(names[label]));
    return QString::number(label);
}

} // namespace lethe::ui
