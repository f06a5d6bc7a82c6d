#!/usr/bin/perl
# One word per concept: fails when a Dutch translation, a letter template or the Dutch manual uses
# a variant that translations/GLOSSARY.md rules out, or an English source string or the English
# manual uses a ruled-out English variant. The rules are the table between the
# glossary-check markers in GLOSSARY.md. Prints file, line or context, and the string of every hit.
#   check_glossary.pl GLOSSARY.md TS_FILE
# TS_FILE is privacydesk_nl.ts after lupdate with -locations absolute (so that an English source
# string can be traced to its file); run from the repository's root.
use strict;
use warnings;
use utf8;
use open qw(:std :encoding(UTF-8));
use Cwd qw(getcwd realpath);
use File::Basename qw(dirname);
use File::Spec;

my ($glossary, $ts) = @ARGV;
die "usage: check_glossary.pl GLOSSARY.md TS_FILE\n" unless defined $ts;

sub slurp {
    my ($path) = @_;
    open(my $fh, '<:encoding(UTF-8)', $path) or die "$path: $!\n";
    local $/;
    return <$fh>;
}

sub unescape {
    my ($s) = @_;
    $s =~ s/&#x([0-9a-fA-F]+);/chr(hex($1))/ge;
    $s =~ s/&#([0-9]+);/chr($1)/ge;
    $s =~ s/&lt;/</g;
    $s =~ s/&gt;/>/g;
    $s =~ s/&quot;/"/g;
    $s =~ s/&apos;/'/g;
    $s =~ s/&nbsp;/ /g;
    $s =~ s/&amp;/&/g;
    return $s;
}

# Rich text and HTML: only the words count, not the markup or its attributes.
sub words_of {
    my ($s, $escaped) = @_;
    $s = unescape($s) if $escaped;
    $s =~ s/<[^>]*>/ /g;
    $s = unescape($s);
    $s =~ s/&//g;    # accelerator markers: "&Bewaarplicht" reads "Bewaarplicht"
    return $s;
}

# --- the rules -----------------------------------------------------------------------------------
my $text = slurp($glossary);
my ($block) = $text =~ /<!-- glossary-check:begin -->(.*?)<!-- glossary-check:end -->/s
  or die "$glossary: no glossary-check block\n";
my %tenant_context;
if ($text =~ /^Tenant contexts:\s*(.+)$/m) {
    $tenant_context{$_} = 1 for split /\s*,\s*/, $1;
}
my @rules;
for my $line (split /\n/, $block) {
    next unless $line =~ /^\|/;
    my @cells = map { s/\\\|/|/gr } split /(?<!\\)\|/, $line;
    shift @cells;    # before the first |
    @cells = map { s/^\s+|\s+$//gr } @cells;
    my ($scope, $variant, $allowed, $instead) = @cells;
    next if !defined $variant || $scope eq 'Scope' || $scope =~ /^-+$/;
    die "$glossary: unknown scope '$scope'\n" unless $scope =~ /^(nl|nl-ts|tenant|en)$/;
    my $re = eval { qr/(?<![\p{L}\p{N}_])(?:$variant)(?![\p{L}\p{N}_])/i }
      or die "$glossary: bad pattern '$variant': $@";
    my (@exceptions, @contexts);
    for my $ex (grep { length } split /\s*;;\s*/, ($allowed // '')) {
        # "context:PATTERN": the variant is allowed in the .ts contexts whose name matches (a
        # word that is right in one capability, such as "gemeld" for a data breach notified to
        # the AP, and ruled out elsewhere).
        if ($ex =~ /^context:(.+)$/) {
            push @contexts, (eval { qr/$1/ } or die "$glossary: bad context '$1': $@");
            next;
        }
        push @exceptions, (eval { qr/$ex/i } or die "$glossary: bad exception '$ex': $@");
    }
    push @rules, { scope => $scope, variant => $variant, re => $re, exceptions => \@exceptions,
                   contexts => \@contexts, instead => $instead // '' };
}
die "$glossary: no rules in the glossary-check block\n" unless @rules;

# The ruled-out variants in $s that no allowed context covers. $tsContext: the .ts context the
# string is from (empty for files).
our $tsContext = '';
sub hits {
    my ($s, @scopes) = @_;
    my %in = map { $_ => 1 } @scopes;
    my @found;
    for my $rule (grep { $in{ $_->{scope} } } @rules) {
        next if length $tsContext && grep { $tsContext =~ $_ } @{ $rule->{contexts} };
        my @spans;
        for my $ex (@{ $rule->{exceptions} }) {
            while ($s =~ /$ex/g) {
                push @spans, [ $-[0], $+[0] ];
                pos($s) = $-[0] + 1 if $+[0] == $-[0];
            }
        }
        while ($s =~ /$rule->{re}/g) {
            my ($from, $to) = ($-[0], $+[0]);
            next if grep { $_->[0] <= $from && $to <= $_->[1] } @spans;
            push @found, "‘" . substr($s, $from, $to - $from) . "’ → $rule->{instead}";
        }
    }
    return @found;
}

my $failures = 0;
sub report {
    my ($where, $string, @found) = @_;
    return unless @found;
    $failures += @found;
    print STDERR "$where: ", join('; ', @found), "\n    $string\n";
}

# --- the translations ----------------------------------------------------------------------------
my $root = getcwd();
my $tsText = slurp($ts);
while ($tsText =~ m{<context>\s*<name>(.*?)</name>(.*?)</context>}gs) {
    my ($context, $messages) = ($1, $2);
    while ($messages =~ m{<message[^>]*>(.*?)</message>}gs) {
        my $message = $1;
        my ($source) = $message =~ m{<source>(.*?)</source>}s;
        next unless defined $source;
        local $tsContext = $context;
        my ($file, $line) = $message =~ m{<location filename="([^"]*)" line="(\d+)"/>};
        # lupdate writes the location relative to the .ts file; print it relative to the root.
        my $where = $context;
        if (defined $file) {
            my $path = File::Spec->rel2abs($file, dirname($ts));
            $path = realpath($path) // $path;
            $where = ($path =~ s{^\Q$root\E/}{}r) . ":$line";
        }
        report("$where (English source)", unescape($source), hits(words_of($source, 1), 'en'));
        my ($translation) = $message =~ m{<translation[^>]*>(.*?)</translation>}s;
        next unless defined $translation && length $translation;
        my @forms = $translation =~ m{<numerusform>(.*?)</numerusform>}gs;
        @forms = ($translation) unless @forms;
        my @scopes = ('nl', 'nl-ts', $tenant_context{$context} ? 'tenant' : ());
        for my $form (@forms) {
            report("translations/privacydesk_nl.ts, $context, “" . unescape($source) . "”",
                   unescape($form), hits(words_of($form, 1), @scopes));
        }
    }
}

# --- letters and manuals -------------------------------------------------------------------------
sub check_html {
    my ($path, @scopes) = @_;
    my @lines = split /\n/, slurp($path);
    for my $i (0 .. $#lines) {
        my $words = words_of($lines[$i]);
        report("$path:" . ($i + 1), $words =~ s/^\s+|\s+$//gr, hits($words, @scopes));
    }
}
check_html($_, 'nl', 'tenant') for sort glob('resources/letters/*.html');
check_html($_, 'nl') for sort glob('resources/manual/nl/*.html');
check_html($_, 'en') for sort glob('resources/manual/en/*.html');

if ($failures) {
    print STDERR "$failures ruled-out variant(s); translations/GLOSSARY.md says what to write instead.\n";
    exit 1;
}
print "Glossary: no ruled-out variant (" . scalar(@rules) . " rules)\n";
