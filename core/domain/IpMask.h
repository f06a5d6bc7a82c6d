#pragma once

#include <QString>
#include <QStringView>

namespace pd {

// The product does not need web-form IP addresses in full: IPv4 keeps three octets, IPv6 its /48.
// Parsed by hand: core does not link QtNetwork.

// Masks rather too much than leak: a version string of four small numbers is masked too.
QString maskIpAddresses(QStringView text);

} // namespace pd
