#!/usr/bin/env bash
# A review the size of a large search, end to end with the product: writes a RIS export of N records with abstracts
# (default 100,000: 90% works, 10% exported a second time the way another database writes them), then times each
# step as a reviewer runs it, each in its own JVM (heap capped at 2 GB by the launcher):
#   new, import, info (reopen), dedup --apply (reopen, find, save the marks), sync --remote (first push to a bare repo)
# and prints the seconds and peak memory (max RSS) of each, the largest file of the review and the folder's size
# against the export's. Targets (#16): no file over 25 MB, the folder no larger than 1.5x the export, import + dedup
# under 30 s and 2 GB, reopen under 5 s, and the push accepted.
# Usage: releng/bench/review-at-scale.sh [records] [appraise command]   (run from the repository, after a build)
set -euo pipefail
records=${1:-100000}
appraise=${2:-./appraise}
work=$(mktemp -d "${TMPDIR:-/tmp}/appraise-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$records" "$work/search.ris" <<'EOF'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20261203)
words = ("hepatocellular carcinoma sorafenib lenvatinib camrelizumab atezolizumab bevacizumab pembrolizumab nivolumab "
         "radiotherapy chemoembolization transarterial resection transplantation cirrhosis hepatitis survival progression "
         "response toxicity adverse events quality life patients advanced unresectable intermediate stage cohort retrospective "
         "prospective multicentre propensity score matched analysis biomarker expression tumour microenvironment immune "
         "checkpoint inhibitor combination versus monotherapy first-line second-line real-world evidence elderly screening "
         "surveillance ultrasound imaging portal vein thrombosis recurrence adjuvant ablation outcomes mortality costs").split()
surnames = ("Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Kudo Finn Llovet Bruix Cheng Qin Galle Vogel Rimassa "
            "Pinato Sangro Yau Kelley Merle Ikeda Kim Park Lee Nakamura Tanaka Rossi Müller Schmidt García López Smith Brown").split()
journals = [("Journal of Hepatology", "J Hepatol"), ("Hepatology", "Hepatology"), ("The Lancet Oncology", "Lancet Oncol"),
            ("Journal of Clinical Oncology", "J Clin Oncol"), ("Liver Cancer", "Liver Cancer"), ("Frontiers in Oncology", "Front Oncol")]
def sentence(k):
    s = " ".join(rng.choice(words) for _ in range(k))
    return s[0].upper() + s[1:] + "."
works = n * 9 // 10
with open(path, "w", encoding="utf-8", newline="") as out:
    for w in range(works):
        title = sentence(rng.randint(8, 18))[:-1]
        authors = [f"{rng.choice(surnames)}, {chr(65 + rng.randint(0, 25))}." for _ in range(rng.randint(2, 9))]
        journal = rng.choice(journals)
        year, volume, issue, first = rng.randint(2000, 2025), rng.randint(1, 80), rng.randint(1, 12), rng.randint(1, 3000)
        abstract = " ".join(["BACKGROUND:", sentence(25), "METHODS:", sentence(45), "RESULTS:",
                             f"Of {rng.randint(40, 900)} patients, {rng.randint(5, 60)}.{rng.randint(0, 9)}% responded (HR 0.{rng.randint(40, 95)}).",
                             sentence(60), "CONCLUSIONS:", sentence(30)])
        keywords = [rng.choice(words) for _ in range(rng.randint(3, 8))]
        doi = f"10.1000/scale.{w}" if rng.randint(0, 2) else None
        for again in (False, True) if w < n - works else (False,):
            out.write("TY  - JOUR\r\n")
            for a in authors:
                out.write("AU  - " + (a.replace(",", "").replace(".", "") if again else a) + "\r\n")
            out.write("TI  - " + (title.upper()[0] + title[1:] + "." if again else title) + "\r\n")
            out.write("T2  - " + journal[1 if again else 0] + "\r\n")
            out.write(f"PY  - {year}\r\nVL  - {volume}\r\n" + ("" if again else f"IS  - {issue}\r\n") + f"SP  - {first}\r\nEP  - {first + 9}\r\n")
            if doi and not again:
                out.write("DO  - " + doi + "\r\n")
            out.write("AB  - " + abstract + "\r\n")
            for k in keywords:
                out.write("KW  - " + k + "\r\n")
            out.write(("DB  - Embase" if again else "DB  - MEDLINE") + "\r\nER  - \r\n\r\n")
EOF
source_bytes=$(stat -c %s "$work/search.ris")
printf 'export: %d records, %.1f MB\n' "$records" "$(echo "$source_bytes / 1000000" | bc -l)"

step() { # name, command...: prints seconds and max RSS
    local name=$1; shift
    /usr/bin/time -f "$name %e s, max RSS %M KB" -o "$work/time" "$@" > "$work/$name.out" 2> "$work/$name.err" || {
        local rc=$?; cat "$work/$name.err" >&2; [ "$rc" -eq 1 ] || exit "$rc"; }
    awk '{ printf "%-7s %7.1f s   max RSS %5d MB\n", $1, $2, $6 / 1024 }' "$work/time"
}
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.org GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.org
step new "$appraise" new "$work/review" --title "A large search" --reviewer ab:Reviewer
step import "$appraise" import "$work/review" "$work/search.ris" --format ris --source MEDLINE --reviewer ab
step info "$appraise" info "$work/review"
step dedup "$appraise" dedup "$work/review" --apply
printf 'marked as duplicates: %d (planted: %d)\n' "$(grep -c '^  duplicate ' "$work/dedup.out" || true)" $((records - records * 9 / 10))
git init -q --bare "$work/bare.git"
step sync "$appraise" sync "$work/review" --remote "$work/bare.git" --as ab --message "The search"
grep -h "pushed" "$work/sync.out" || true

largest=$(find "$work/review" -path "$work/review/.git" -prune -o -type f -printf '%s %P\n' | sort -n | tail -1)
folder=$(find "$work/review" -path "$work/review/.git" -prune -o -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
files=$(find "$work/review/references" -type f | wc -l)
printf 'review: %d references files, %.1f MB in all (%.2fx the export); largest %s (%.1f MB)\n' "$files" \
    "$(echo "$folder / 1000000" | bc -l)" "$(echo "$folder / $source_bytes" | bc -l)" "${largest#* }" "$(echo "${largest%% *} / 1000000" | bc -l)"
printf 'bare repository after the push: %s\n' "$(du -sh "$work/bare.git" | cut -f1)"
