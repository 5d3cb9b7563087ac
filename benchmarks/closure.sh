#!/usr/bin/env bash
# Runtime dependency closure of each SDK module, and of the official GOV.UK Notify client, in jars and MiB
# (issue 18 item 3). Counts every jar on the module's runtime classpath plus the module's own jar and the
# SDK jars it depends on (from target/, so run `./mvnw -B -q package -DskipTests` first).
# Usage: benchmarks/closure.sh   (from the repository root)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn="$root/mvnw"

summarise() { # name, then a file holding a ':'-separated classpath
  local name=$1 cp=$2 jars=0 bytes=0 f
  for f in $(tr ':' '\n' < "$cp"); do
    case $f in *.jar) jars=$((jars + 1)); bytes=$((bytes + $(stat -c %s "$f" 2>/dev/null || stat -f %z "$f"))) ;; esac
  done
  awk -v n="$name" -v j="$jars" -v b="$bytes" 'BEGIN { printf "| %s | %d | %.1f |\n", n, j, b / 1048576 }'
}

echo "| module | runtime jars | MiB |"
echo "|---|---|---|"
# One reactor run: `compile` so that the SDK modules resolve one another (as target/classes).
(cd "$root" && "$mvn" -B -q -pl sdk-core,sdk-notify,sdk-pay,sdk-identity,sdk-sandbox -am compile \
  dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >/dev/null)
for m in sdk-core sdk-notify sdk-pay sdk-identity sdk-sandbox; do
  cp "$root/$m/target/runtime-classpath.txt" "$work/$m.cp"
  # SDK modules appear as target/classes: count their packaged jars instead, and the module's own.
  entries=$(tr ':' '\n' < "$work/$m.cp" | sed -n 's#^\(.*\)/target/classes$#\1#p'; echo "$root/$m")
  tr ':' '\n' < "$work/$m.cp" | grep -v '/target/classes$' > "$work/$m.list" || true
  for d in $entries; do
    ls "$d"/target/*.jar | grep -v -e sources -e javadoc -e tests -e original | head -1 >> "$work/$m.list"
  done
  tr '\n' ':' < "$work/$m.list" > "$work/$m.cp"
  summarise "$m" "$work/$m.cp"
done

# The official client, alone in a throw-away project.
version=$(sed -n 's:.*<notifications-java-client.version>\(.*\)</notifications-java-client.version>.*:\1:p' "$root/pom.xml")
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>closure</groupId><artifactId>official</artifactId><version>1</version>
  <dependencies><dependency><groupId>uk.gov.service.notify</groupId><artifactId>notifications-java-client</artifactId>
    <version>$version</version></dependency></dependencies></project>
POM
(cd "$work" && "$mvn" -B -q -f "$work/pom.xml" dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$work/official.cp" >/dev/null)
summarise "notifications-java-client $version (official)" "$work/official.cp"
