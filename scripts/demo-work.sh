#!/usr/bin/env bash
# Puts a season of inspection and rectification work into a freshly imported demo city, so that every role has
# something to look at: users for each district and three field teams, a CCTV survey of every 20th pipe with
# defects, misconnection points found on rain pipes in dry weather, and orders raised from them in bulk and taken
# through the workflow on different days (some closed on time, some late, some returned, suspended or overdue).
# Deterministic: the same city gives the same work. Dates are set with PIPEWARD_NOW, as a clock would move.
#   scripts/demo-work.sh PIPEWARD_CLI PROJECT
set -euo pipefail
cli=$1
project=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { sqlite3 -batch -noheader "$project" "$1"; }
at() { export PIPEWARD_NOW="$1T09:30:00Z"; }
run() { "$cli" "$@" >/dev/null; }

# Users: a manager per district, three field teams, a housing bureau planner.
while IFS='|' read -r code name; do
  run user add "$project" "${name}管理员" --role district_manager --district "$code"
done < <(q "SELECT code, name FROM districts ORDER BY code")
teams=(一队 二队 三队)
leads=(张班长 李班长 王班长)
for i in 0 1 2; do run user add "$project" "${leads[$i]}" --role field_team --team "${teams[$i]}"; done
run user add "$project" 住建局规划 --role planner

# The CCTV survey (spring 2026): every 20th pipe; a defect or two on most of them, codes and grades by the pipe id.
codes=(PL BX CK QF TJ SL CJ JG ZW CQ SG)
{
  echo "管段编号,距离,缺陷代码,等级,时钟,长度"
  while IFS='|' read -r id code length; do
    n=$((id % 7))
    ((n == 0)) && continue  # inspected, nothing found
    for k in $(seq 1 $(((id % 3 == 0) ? 2 : 1))); do
      c=${codes[$(((id * 7 + k * 3) % ${#codes[@]}))]}
      g=$((1 + (id / 20 * 13 + k) % 4))
      d=$(awk -v l="$length" -v f="$(((id * 37 + k * 11) % 90 + 5))" 'BEGIN { printf "%.1f", l * f / 100 }')
      echo "$code,$d,$c,$g,0903,"
    done
  done < <(q "SELECT id, code, length_m FROM pipes WHERE id % 20 = 0 AND length_m > 2 ORDER BY id")
} > "$work/cctv.csv"
at 2026-04-20
run import-inspections "$project" "$work/cctv.csv" --date 2026-04-18 --team 一队 --user 张班长

# Misconnection points at rain manholes, sampled in dry weather (recorded once the last samples are in).
at 2026-05-21
types=(sewage_into_rain discharger_sewage_into_rain domestic_wastewater_into_downpipe combined_into_rain)
sources=(residential shop institution residential)
i=0
while IFS='|' read -r manhole; do
  t=${types[$((i % 4))]}
  s=${sources[$((i % 4))]}
  run misconnection add "$project" --manhole "$manhole" --type "$t" --source "$s" --inflow-diameter $((100 + (i % 4) * 50)) \
    --flow $((5 + (i * 17) % 60)) --nh3n $((3 + (i * 7) % 30)) --cod $((60 + (i * 29) % 300)) --weather dry \
    --sampled 2026-05-12 --status confirmed --user 李班长
  i=$((i + 1))
done < <(q "SELECT DISTINCT m.code FROM manholes m JOIN pipes p ON p.to_manhole_id = m.id
            WHERE p.drainage = 'rain' AND m.id % 23 = 0 ORDER BY m.id LIMIT 24")

# Sewage from old residential communities into their rain drains: one point in each of ten community areas.
i=0
while IFS='|' read -r manhole; do
  run misconnection add "$project" --manhole "$manhole" --type discharger_sewage_into_rain --source residential \
    --inflow-diameter 150 --flow $((20 + (i * 23) % 90)) --nh3n $((15 + (i * 7) % 25)) --cod $((150 + (i * 41) % 250)) \
    --weather dry --sampled 2026-05-20 --status confirmed --user 李班长
  i=$((i + 1))
done < <(sqlite3 -batch -noheader "$project" ".load mod_spatialite" \
  "SELECT (SELECT m.code FROM manholes m WHERE m.drainage IN ('rain', 'combined') AND ST_Within(m.geom, c.geom)
           ORDER BY m.id LIMIT 1) AS code FROM communities c WHERE code IS NOT NULL ORDER BY c.id LIMIT 10")

# Orders: every district's grade III-IV structural defects and grade 2-3 misconnections, in bulk, issued in June.
at 2026-06-01
d=0
while IFS='|' read -r code name; do
  team=${teams[$((d % 3))]}
  run order bulk "$project" --district "$code" --findings structural --min-grade 3 --assignee "$team" --user "${name}管理员"
  run order bulk "$project" --district "$code" --findings misconnection --min-grade 2 --assignee "$team" --user "${name}管理员"
  d=$((d + 1))
done < <(q "SELECT code, name FROM districts ORDER BY code")
printf '\x89PNG\r\n\x1a\n' > "$work/签字复查记录.png"  # the signed re-inspection sheet, as scanned
base64 -d >> "$work/签字复查记录.png" <<< "AAAADUlIRFIAAAABAAAAAQgGAAAAHxXEiQAAAAtJREFUeJxj+A8EAAn7A/37XmsrAAAAAElFTkSuQmCC"

# Each order's life, chosen by its id: never accepted (overdue), in the work, closed on time or late, returned once,
# suspended with a new deadline, cancelled.
while IFS='|' read -r id number manager team; do
  lead=${leads[0]}
  for k in 0 1 2; do [[ ${teams[$k]} == "$team" ]] && lead=${leads[$k]}; done
  at 2026-06-02; run order issue "$project" "$number" --user "$manager"
  case $((id % 8)) in
    0) ;;  # issued, never accepted
    1) at 2026-06-03; run order accept "$project" "$number" --user "$lead"
       at 2026-06-05; run order start "$project" "$number" --user "$lead" ;;
    2|3|4) at 2026-06-03; run order accept "$project" "$number" --user "$lead"
       at 2026-06-04; run order start "$project" "$number" --user "$lead"
       day=$((6 + id % 40)); month=06; ((day > 30)) && { day=$((day - 30)); month=07; }
       at "2026-$month-$(printf %02d $day)"
       run order submit "$project" "$number" --user "$lead" --note 已修复
       run order close "$project" "$number" --user "$manager" --signed-by "$lead" --evidence "$work/签字复查记录.png" --note 复查合格 ;;
    5) at 2026-06-03; run order accept "$project" "$number" --user "$lead"
       at 2026-06-04; run order start "$project" "$number" --user "$lead"
       at 2026-06-20; run order submit "$project" "$number" --user "$lead"
       at 2026-06-22; run order return "$project" "$number" --user "$manager" --note 复查仍有渗漏 ;;
    6) at 2026-06-03; run order accept "$project" "$number" --user "$lead"
       at 2026-06-10; run order suspend "$project" "$number" --user "$manager" --deadline 2027-03-31 --note 等待道路开挖许可 ;;
    7) at 2026-06-05; run order cancel "$project" "$number" --user "$manager" --note 与道路改造工程合并实施 ;;
  esac
done < <(q "SELECT o.id, o.number, d.name || '管理员', o.assignee FROM orders o JOIN districts d ON d.id = o.district_id ORDER BY o.id")
# The housing bureau's first separation project: the old town's two most troubled old residential communities.
at 2026-09-15
areas=$(q "SELECT group_concat(id) FROM (SELECT c.id FROM communities c JOIN districts d ON d.id = c.district_id
           WHERE c.kind = 'old_residential' ORDER BY d.code, c.id LIMIT 2)")
run separation create "$project" --name 2027年老旧小区雨污分流一期 --year 2027 --areas "$areas" --user 住建局规划
run separation advance "$project" 2027年老旧小区雨污分流一期 --user 住建局规划
unset PIPEWARD_NOW
echo "Demo work: $(q "SELECT count(*) FROM defects") defects, $(q "SELECT count(*) FROM misconnections") misconnection points, $(q "SELECT count(*) FROM orders") orders, $(q "SELECT count(*) FROM separation_projects") separation project"
