using System;
using System.IO;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.RuleTables;
using CioAnalyzers.Rules;

// Rewrites the rules tables from the descriptors; with --check, only reports the files whose table differs (exit 1).
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
    var path = RepositoryRoot.Combine(relativePath);
    var text = File.ReadAllText(path);
    string updated;
    try
    {
        updated = RuleTableRenderer.Rewrite(text, RuleTableRenderer.Table(rows, pagesFolder));
    }
    catch (FormatException e)
    {
        Console.Error.WriteLine($"{relativePath}: {e.Message}.");
        exitCode = 2;
        continue;
    }

    if (updated == text)
    {
        Console.WriteLine($"{relativePath}: the rules table is up to date.");
    }
    else if (check)
    {
        Console.Error.WriteLine($"{relativePath}: the rules table differs from the rule descriptors. Regenerate it: {RuleTableRenderer.RegenerateCommand}");
        exitCode = Math.Max(exitCode, 1);
    }
    else
    {
        File.WriteAllText(path, updated);
        Console.WriteLine($"{relativePath}: rules table rewritten ({rows.Length} rules).");
    }
}

return exitCode;
