#pragma once
// The one way to include QCustomPlot. Debian's qcustomplot.h says `signals:`
// and `foreach`, which QT_NO_KEYWORDS and QT_NO_FOREACH switch off. Around
// the include only, `signals` becomes Q_SIGNALS and `foreach` a range-for
// over a const view (QT_NO_FOREACH removes Q_FOREACH too, so it cannot be the
// target); both macros are restored afterwards. The header's only two
// foreach loops (QCustomPlot::plottableAt / itemAt) only read.
#include <utility>

#pragma push_macro("signals")
#pragma push_macro("foreach")
#undef signals
#undef foreach
#define signals Q_SIGNALS
#define foreach(decl, container) for (decl : std::as_const(container))
#include <qcustomplot.h>
#pragma pop_macro("foreach")
#pragma pop_macro("signals")
