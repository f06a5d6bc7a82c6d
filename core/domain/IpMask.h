#pragma once

#include <QString>
#include <QStringView>

namespace pd {

// IP addresses from web-form intake are personal data the product does not need in full
// (domain.md, "Privacy of the product itself"; Domijn: "192.168.1.1 wijzigen in
// 192.168.1.XXX"). These helpers mask them before they are stored. Parsed by hand: core
// does not link QtNetwork, and QHostAddress would not find addresses inside text anyway.
//
// Masked forms:
//  - IPv4: the last octet becomes XXX, the first three stay as written:
//    "192.168.1.1" -> "192.168.1.XXX".
//  - IPv6: the first three hextets (the /48 routing prefix, usually the provider's site)
//    stay, written canonically in lower case; the other five become XXXX:
//    "2001:DB8::1" -> "2001:db8:0:XXXX:XXXX:XXXX:XXXX:XXXX". "::" compression and an
//    embedded dotted IPv4 tail ("64:ff9b::192.0.2.33") are understood.
//  - IPv4-mapped IPv6 ("::ffff:192.168.1.1", also "::ffff:c0a8:101") is an IPv4 address
//    and is masked as one: "::ffff:192.168.1.XXX". Its /48 would be all zeros and hide
//    nothing useful while leaving nothing to keep either.
//  - A port or zone stays as it is: "192.168.1.1:8080" -> "192.168.1.XXX:8080",
//    "[2001:db8::1]:443" -> "[2001:db8:0:XXXX:XXXX:XXXX:XXXX:XXXX]:443".

// Masks every IPv4 and IPv6 address found in free text; everything else is copied as is.
//  - IPv4 needs exactly four dot-separated numbers of 1-3 digits, each 0-255, not glued to
//    letters, digits or further dots. So "1.2.3.4.5" (a version string or OID) and
//    "300.1.1.1" are left alone, and a sub-range of them is never masked. A trailing full
//    stop ends a sentence: "via 10.0.0.1." is masked. Leading zeros are accepted
//    ("010.020.003.004"): masking too much is harmless, leaking is not. A version string of
//    four small numbers ("6.4.2.1") cannot be told from an address and is masked.
//  - IPv6: a whole run of hex digits, colons and dots must parse (RFC 4291 text forms) and
//    contain at least one decimal digit, so "std::vector", "12:30:45", MAC addresses and
//    words such as "dead::beef" stay. A trailing ":" or "." is read as punctuation. A run
//    that is the tail of a word ("interface:", "IP:") is read from after its first colon.
//  - A run that is not one IPv6 address is split at its colons and each part may be an
//    IPv4 address: "192.168.1.1:8080", "10:15:192.0.2.1".
QString maskIpAddresses(QStringView text);

// Masks one address field (surrounding whitespace ignored): IPv4, IPv6, either with a port
// ("1.2.3.4:80", "[::1]:443") or an IPv6 zone ("fe80::1%eth0"). Returns an empty string
// when the field is not exactly one IP address.
QString maskIpAddress(QStringView address);

} // namespace pd
