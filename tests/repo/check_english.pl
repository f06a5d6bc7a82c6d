#!/usr/bin/perl
# check_english.pl ALLOWLIST EN_TS: the English strings of EN_TS (each source and each English
# plural form) that cite the law in Dutch. Exits 1 when one is not on ALLOWLIST.
use strict;
use warnings;
use utf8;
use open qw(:std :encoding(UTF-8));

my ($allowFile, $tsFile) = @ARGV;
die "usage: check_english.pl ALLOWLIST EN_TS\n" unless defined $tsFile;

# One string a line, exactly as the UI shows it (mnemonic '&' removed); '#' starts a comment.
my %allowed;
open(my $allow, '<', $allowFile) or die "$allowFile: $!\n";
while (my $line = <$allow>) {
    chomp $line;
    next if $line =~ /^\s*(#|$)/;
    $allowed{$line} = 0;
}
close $allow;

# "AVG" but not the request number "AVG-2026-0001"; "lid", "sub", "onder" as words ("sub-purpose"
# and "subject" are English); "artikel", "artikelen".
my $dutch = qr/(?<![\w-])(?:AVG|lid|leden|sub|onder|artikel|artikelen)(?![\w-])/;

sub plain {
    my ($text) = @_;
    $text =~ s/&apos;/'/g;
    $text =~ s/&quot;/"/g;
    $text =~ s/&lt;/</g;
    $text =~ s/&gt;/>/g;
    $text =~ s/&amp;/&/g;
    $text =~ s/&(?=\w)//g;    # a mnemonic: "sub&ject" is "subject"
    return $text;
}

open(my $ts, '<', $tsFile) or die "$tsFile: $!\n";
my $xml = do { local $/; <$ts> };
close $ts;

my $found = 0;
while ($xml =~ m{<message\b[^>]*>(.*?)</message>}gs) {
    my $message = $1;
    my ($file, $line) = $message =~ m{<location filename="([^"]*)" line="(\d+)"};
    my $place = defined $file ? ($file =~ s{.*/(?=(core|ui|app)/)}{}r) . ":$line" : '?';
    my @texts = ($message =~ m{<source>(.*?)</source>}s);
    push @texts, ($message =~ m{<numerusform>(.*?)</numerusform>}gs);
    for my $text (map { plain($_) } @texts) {
        next unless $text =~ $dutch;
        if (exists $allowed{$text}) {
            $allowed{$text}++;
            next;
        }
        print STDERR "$place: Dutch citation \"$&\" in English: $text\n";
        $found++;
    }
}
for my $text (sort grep { !$allowed{$_} } keys %allowed) {
    print STDERR "tests/repo/english_allowlist.txt: no longer in the sources, remove it: $text\n";
    $found++;
}
if ($found) {
    print STDERR "$found English strings cite the law in Dutch. Write \"GDPR\" for \"AVG\" and "
        . "\"art. 6(1)(a)\" for \"art. 6 lid 1 sub a\"; keep the Dutch in translations/privacydesk_nl.ts.\n";
    exit 1;
}
print "English strings cite the law in English\n";
exit 0;
