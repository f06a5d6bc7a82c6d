// The cost of one unlock at the production key-derivation limits (KdfParams::moderate), for a
// known user and for a name without a slot. The two should cost about the same: the unknown name
// runs a dummy Argon2id with the slot's limits, so that timing does not tell whether a user
// exists. Measures only; never asserts on time.
//
//   bench_unlock [--quick]

#include "BenchSupport.h"
#include "crypto/Keyring.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>

#include <cstdio>

using namespace pd;
using namespace pd::bench;

int main(int argc, char **argv)
{
    programName() = "bench_unlock";
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--quick")))
        runs() = 1;

    const SecureBytes master = SecureBytes::random(32);
    Keyring keyring = Keyring::create();
    Keyring::Status status = Keyring::Status::CryptoFailure;
    if (!keyring.addUser(u"alice", SecureBytes::fromUtf8(QStringLiteral("alice-pw")), master,
                         KdfParams::moderate(), &status))
        die(QStringLiteral("could not add a slot at the moderate limits"));

    std::printf("| %-60s | %9s | %9s | %9s |\n", "unlock (KdfParams::moderate)", "ok", "median ms",
                "worst ms");
    std::printf("|%s|%s|%s|%s|\n", "---", "---:", "---:", "---:");
    measure(QStringLiteral("known user, right password"), [&] {
        Keyring::Status s = Keyring::Status::CryptoFailure;
        const SecureBytes key
            = keyring.unlockUser(u"alice", SecureBytes::fromUtf8(QStringLiteral("alice-pw")), &s);
        if (s != Keyring::Status::Ok || !key.equals(master))
            die(QStringLiteral("the right password did not unlock"));
        return 1;
    });
    measure(QStringLiteral("unknown user (dummy Argon2id)"), [&] {
        Keyring::Status s = Keyring::Status::Ok;
        keyring.unlockUser(u"mallory", SecureBytes::fromUtf8(QStringLiteral("x")), &s);
        if (s != Keyring::Status::UnknownUser)
            die(QStringLiteral("an unknown user was not reported as such"));
        return 0;
    });
    return 0;
}
