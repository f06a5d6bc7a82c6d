#pragma once

// QTEST_MAIN for a widget test on an offscreen screen of width × height ("fits
// 1200×800" measured against a screen of that size; see test::useOffscreenScreen).

#include "GuiTestSupport.h"

#include <QApplication>
#include <QSize>
#include <QTest>

#define PRIVACYDESK_TEST_MAIN_ON_SCREEN(TestObject, width, height) \
    int main(int argc, char **argv) \
    { \
        pd::test::useOffscreenScreen(QSize(width, height)); \
        QApplication app(argc, argv); \
        app.setAttribute(Qt::AA_Use96Dpi, true); /* as QTEST_MAIN does */ \
        TestObject test; \
        QTEST_SET_MAIN_SOURCE_PATH \
        return QTest::qExec(&test, argc, argv); \
    }
