using System;
using System.IO;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.RuleTables;

// Rewrites the rules tables from the descriptors and the role table from the role registry; with --check, only reports the files whose table differs (exit 1).
if (args is not ([] or ["--check"]))
{
    Console.Error.WriteLine($"usage: {RuleTableRenderer.RegenerateCommand} [-- --check]");
    return 2;
}

var check = args.Length == 1;
var rows = RuleTableRenderer.Rows(typeof(RuleCatalog).Assembly, typeof(SyntaxRewriteFixer).Assembly);
var exitCode = 0;
foreach (var (relativePath, pagesFolder) in RuleTableRenderer.Files)
{
    exitCode = Math.Max(exitCode, Regenerate(relativePath, RuleTableRenderer.Table(rows, pagesFolder), RuleTableRenderer.Begin, RuleTableRenderer.End, "rules table"));
}

exitCode = Math.Max(exitCode, Regenerate(RoleTableRenderer.File, RoleTableRenderer.Table(), RoleTableRenderer.Begin, RoleTableRenderer.End, "role table"));
return exitCode;

int Regenerate(string relativePath, string table, string begin, string end, string what)
{
    var path = RepositoryRoot.Combine(relativePath);
    var text = File.ReadAllText(path);
    string updated;
    try
    {
        updated = RuleTableRenderer.Rewrite(text, table, begin, end);
    }
    catch (FormatException e)
    {
        Console.Error.WriteLine($"{relativePath}: {e.Message}.");
        return 2;
    }

    if (updated == text)
    {
        Console.WriteLine($"{relativePath}: the {what} is up to date.");
        return 0;
    }

    if (check)
    {
        Console.Error.WriteLine($"{relativePath}: the {what} differs from the analyzers. Regenerate it: {RuleTableRenderer.RegenerateCommand}");
        return 1;
    }

    File.WriteAllText(path, updated);
    Console.WriteLine($"{relativePath}: {what} rewritten.");
    return 0;
}
