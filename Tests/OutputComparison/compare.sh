#!/usr/bin/env bash
# Compares what two builds of `guide` print, byte for byte: stdout, stderr and exit code of every
# command (text and --json, with and without --explain) on the judged queries and a few hundred
# generated ones, each build answering from an index it built itself from the same corpus.
#
#   Tests/OutputComparison/compare.sh BEFORE AFTER [CORPUS]
#
# BEFORE and AFTER are `guide` executables (e.g. one built from an earlier commit with
# `git worktree add /tmp/before <ref> && swift build -c release --package-path /tmp/before`).
# CORPUS defaults to the tests' copy of the bundled corpus (Tests/TestFixtures/Corpus), so the cases
# stay the same whatever guidelines a user has added to Corpus/; name Corpus to compare on it.
# Exit 0 when every case agrees; else the differing cases are listed with a diff of the first ones.
# Generated queries come from the corpus's own words with a fixed seed, so a rerun asks the same.
set -uo pipefail

before=${1:?usage: compare.sh BEFORE AFTER [CORPUS]}
after=${2:?usage: compare.sh BEFORE AFTER [CORPUS]}
here=$(cd "$(dirname "$0")" && pwd)
corpus=${3:-$here/../TestFixtures/Corpus}
absolute() { case $1 in /*) echo "$1" ;; */*) echo "$PWD/$1" ;; *) command -v "$1" ;; esac; }
before=$(absolute "$before") after=$(absolute "$after")
for binary in "$before" "$after"; do
    [ -x "$binary" ] || { echo "compare: not an executable: $binary" >&2; exit 64; }
done
generated=${GUIDE_COMPARE_GENERATED:-300}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$corpus" "$work/Corpus"
rm -f "$work"/Corpus/.guide-index*
cd "$work"
# Text wraps at COLUMNS when set: both builds answer at the width of a pipe (100).
unset COLUMNS

# One case per line: arguments separated by tabs (the corpus and index options are added per build).
cases="$work/cases"
{
    printf 'list\nlist\t--json\nlaw\nlaw\t--json\nrole\nrole\t--json\nplan\nplan\t--json\n'
    printf 'check\t--json\nanalyze\tpårørende\tavlastning\t--json\n'
    printf 'search\t--must\tkoordinator\nsearch\t--role\tfastlegen\tplan\t--json\n'
    printf 'search\t--role\tukjent-rolle\tplan\nshow\tfinnes/ikke\nshow\tals/1\n'
    printf 'export\tkoordinator\nexport\tkoordinator\t--format\thtml\t--with-rationale\n'
    printf 'eval\t%s\n' "$here/../GuideKitTests/Relevance/queries.own.tsv"
    # Every judged query, in every output form.
    for file in "$here/../GuideKitTests/Relevance/queries.own.tsv" "$here/../../../shared/eval/queries.dev.tsv"; do
        [ -f "$file" ] || continue
        grep -v '^#' "$file" | cut -f2 | while IFS= read -r query; do
            [ -n "$query" ] || continue
            for form in "" "--json" "--explain" "--json	--explain"; do
                printf 'search\t%s%s\n' "$query" "${form:+	$form}"
            done
            printf 'plan\t%s\t--json\nanalyze\t%s\nexport\t%s\t--format\tjson\n' "$query" "$query" "$query"
            printf 'search\t--must\t%s\t--json\n' "$query"
        done
    done
    # Generated queries: one to four of the corpus's words, now and then with FTS5 syntax or a typo.
    cat Corpus/*.txt Corpus/*.md 2>/dev/null | tr -s '[:space:][:punct:]' '\n' | awk 'length($0) > 2' | sort -u \
        | awk -v n="$generated" 'BEGIN { srand(42) } { w[NR] = $0 } END {
            split("\" * - § ( ) AND OR NOT NEAR ^ :", odd, " ")
            for (i = 0; i < n; i++) {
                k = 1 + int(rand() * 4); q = ""
                for (j = 0; j < k; j++) {
                    word = w[1 + int(rand() * NR)]
                    r = rand()
                    if (r < 0.1) word = word odd[1 + int(rand() * 12)]
                    else if (r < 0.15) word = substr(word, 1, length(word) - 1)
                    q = q (j ? " " : "") word
                }
                form = (i % 4 == 0) ? "\t--json\t--explain" : (i % 4 == 1) ? "\t--json" : (i % 4 == 2) ? "\t--explain" : ""
                printf "search\t%s%s\n", q, form
                if (i % 10 == 0) printf "plan\t%s\n", q
            }
        }'
} > "$cases"

run_all() { # binary, label
    local binary=$1 label=$2 n=0
    mkdir -p "$work/$label"
    "$binary" index --corpus Corpus --db "$work/$label.sqlite" >/dev/null 2>&1
    # Every recommendation, shown in both forms.
    "$binary" list --json --corpus Corpus --db "$work/$label.sqlite" 2>/dev/null \
        | grep -o '"id" : "[^"]*/[^"]*"' | cut -d'"' -f4 | sort -u > "$work/$label.ids"
    while IFS= read -r line; do
        n=$((n + 1))
        IFS=$'\t' read -r -a args <<< "$line"
        "$binary" "${args[@]}" --corpus Corpus --db "$work/$label.sqlite" > "$work/$label/$n.out" 2> "$work/$label/$n.err"
        echo "exit $?" >> "$work/$label/$n.out"
    done < <(cat "$cases"; sed 's/^/show\t/' "$work/$label.ids"; sed 's/^/show\t/; s/$/\t--json/' "$work/$label.ids")
    # The index path differs between the builds; nothing else may.
    sed -i "s#$work/$label.sqlite#INDEX#g" "$work/$label"/*.err "$work/$label"/*.out
    echo "$n"
}

count_before=$(run_all "$before" before)
count_after=$(run_all "$after" after)
if [ "$count_before" != "$count_after" ]; then
    echo "compare: the builds list different recommendations ($count_before vs $count_after cases)"
    diff "$work/before.ids" "$work/after.ids" | head -20
    exit 1
fi
differing=0
for n in $(seq 1 "$count_before"); do
    if ! cmp -s "$work/before/$n.out" "$work/after/$n.out" || ! cmp -s "$work/before/$n.err" "$work/after/$n.err"; then
        differing=$((differing + 1))
        if [ "$differing" -le 5 ]; then
            echo "--- case $n: $(sed -n "${n}p" <(cat "$cases"; sed 's/^/show\t/' "$work/before.ids"; sed 's/^/show\t/; s/$/\t--json/' "$work/before.ids")| tr '\t' ' ')"
            diff "$work/before/$n.out" "$work/after/$n.out" | head -15
            diff "$work/before/$n.err" "$work/after/$n.err" | head -5
        fi
    fi
done
echo "compare: $count_before cases, $differing differ"
[ "$differing" -eq 0 ]
