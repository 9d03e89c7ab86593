#!/usr/bin/env bash
# The error-heavy code base as a real build: one project holding every .cs file under the given folders, no package or
# project references (so every use of a missing library is an error), built with `dotnet build --no-incremental` with and
# without the CioAnalyzers package packed from this repository, in pairs whose order alternates.
# Usage: real-build.sh RUNS DIR [DIR ...]   (run from the repository root)
set -euo pipefail
runs=$1; shift
scratch=${TMPDIR:-/tmp}/cioanalyzers-error-heavy
version=0.0.1-errorheavy.$(date -u +%Y%m%d%H%M%S)
rm -rf "$scratch"; mkdir -p "$scratch/feed"
dotnet pack src/CioAnalyzers.Package/CioAnalyzers.Package.csproj -c Release -o "$scratch/feed" -p:PackageVersion="$version" -nodeReuse:false -v:q >/dev/null

compile_items=""
for dir in "$@"; do compile_items+="    <Compile Include=\"$(realpath "$dir")/**/*.cs\" Exclude=\"$(realpath "$dir")/**/obj/**;$(realpath "$dir")/**/bin/**\" />"$'\n'; done

write_project() { # folder, extra item line
  mkdir -p "$1"
  cat >"$1/ErrorHeavy.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <LangVersion>preview</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
  </PropertyGroup>
  <ItemGroup>
$compile_items$2
  </ItemGroup>
</Project>
PROJECT
  cat >"$1/NuGet.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$scratch/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
CONFIG
  dotnet restore "$1/ErrorHeavy.csproj" -v:q >/dev/null
}

write_project "$scratch/with" "    <PackageReference Include=\"CioAnalyzers\" Version=\"$version\" PrivateAssets=\"all\" />"
write_project "$scratch/without" ""

build() { # folder, label: prints wall seconds, error lines, CIO lines
  local start end log=$scratch/$2.log
  start=$(date +%s.%N)
  dotnet build "$1/ErrorHeavy.csproj" --no-incremental --no-restore -c Release -v:q -clp:NoSummary >"$log" 2>&1 || true
  end=$(date +%s.%N)
  printf '%s: %.1f s, %s error lines, %s CIO lines\n' "$2" "$(echo "$end - $start" | bc)" \
    "$(grep -c ': error ' "$log" || true)" "$(grep -cE '(warning|error|info) CIO[0-9]{4}' "$log" || true)"
}

build "$scratch/with" warm-with; build "$scratch/without" warm-without
for ((run = 0; run < runs; run++)); do
  if ((run % 2 == 0)); then build "$scratch/with" with; build "$scratch/without" without
  else build "$scratch/without" without; build "$scratch/with" with; fi
done
