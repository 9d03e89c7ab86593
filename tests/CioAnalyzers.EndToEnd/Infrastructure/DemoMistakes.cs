using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>One rule reported on one line of a demo file (a path relative to the demo folder, with '/').</summary>
    public sealed record DemoLine(string File, int Line, string Id)
    {
        public override string ToString() => $"{File}({Line}): {Id}";
    }

    /// <summary>
    /// The demo's convention: a comment that starts with rule ids (<c>// CIO1001: ...</c>, <c>// CIO1007 and CIO1010: ...</c>,
    /// <c># CIO0001: ...</c> in CustomerIo.Api.txt, <c>// CIO2002: ...</c> in appsettings.json) stands on the line above the mistake those rules report. Code in a
    /// method named <c>...DoneRight</c> or <c>...DoneRightAsync</c>, or in a file named <c>...DoneRight.cs</c>, is correct.
    /// </summary>
    public static class DemoMistakes
    {
        private static readonly Regex Comment = new(@"^\s*(?://|#)\s*(?<ids>CIO\d{4}(?:(?:,\s*|\s+and\s+)CIO\d{4})*)\b", RegexOptions.Compiled);

        private static readonly Regex Id = new(@"CIO\d{4}", RegexOptions.Compiled);

        /// <summary>Every rule a comment names, on the line below the comment.</summary>
        public static ImmutableHashSet<DemoLine> Commented(string demoFolder)
            => Files(demoFolder)
                .SelectMany(file => File.ReadAllLines(file).Select((text, index) => (file, text, index)))
                .SelectMany(line => Comment.Match(line.text) is { Success: true } comment
                    ? Id.Matches(comment.Groups["ids"].Value).Select(id => new DemoLine(Relative(demoFolder, line.file), line.index + 2, id.Value))
                    : Enumerable.Empty<DemoLine>())
                .ToImmutableHashSet();

        /// <summary>The commented mistakes whose comment says its rule's fix cannot repair it ("No fix: ...").</summary>
        public static ImmutableHashSet<DemoLine> SaidToHaveNoFix(string demoFolder)
            => Files(demoFolder)
                .SelectMany(file => File.ReadAllLines(file).Select((text, index) => (file, text, index)))
                .Where(line => Comment.IsMatch(line.text) && line.text.Contains("No fix:", StringComparison.Ordinal))
                .SelectMany(line => Id.Matches(Comment.Match(line.text).Groups["ids"].Value).Select(id => new DemoLine(Relative(demoFolder, line.file), line.index + 2, id.Value)))
                .ToImmutableHashSet();

        /// <summary>The CIO diagnostics a build printed for files of the demo, by line.</summary>
        public static ImmutableHashSet<DemoLine> Reported(string demoFolder, string buildOutput)
            => ReportedDiagnostic.In(buildOutput)
                .Select(d => new DemoLine(Relative(demoFolder, d.Path), d.Line, d.Id))
                .ToImmutableHashSet();

        /// <summary>The lines of correct code: whole DoneRight files, and the methods and local functions named DoneRight.</summary>
        public static ImmutableArray<(string File, int FirstLine, int LastLine, string Name)> DoneRight(string demoFolder)
        {
            var spans = ImmutableArray.CreateBuilder<(string, int, int, string)>();
            foreach (var file in Files(demoFolder).Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
            {
                var relative = Relative(demoFolder, file);
                var text = File.ReadAllText(file);
                if (Path.GetFileNameWithoutExtension(file).EndsWith("DoneRight", StringComparison.Ordinal))
                {
                    spans.Add((relative, 1, text.Split('\n').Length, relative));
                    continue;
                }

                var tree = CSharpSyntaxTree.ParseText(text);
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    var name = node switch
                    {
                        MethodDeclarationSyntax method => method.Identifier.Text,
                        LocalFunctionStatementSyntax local => local.Identifier.Text,
                        _ => null,
                    };
                    if (name is not null && (name.EndsWith("DoneRight", StringComparison.Ordinal) || name.EndsWith("DoneRightAsync", StringComparison.Ordinal)))
                    {
                        var lines = node.GetLocation().GetLineSpan();
                        spans.Add((relative, lines.StartLinePosition.Line + 1, lines.EndLinePosition.Line + 1, name));
                    }
                }
            }

            return spans.ToImmutable();
        }

        public static string List(IEnumerable<DemoLine> lines)
            => string.Join("\n", lines.OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line).ThenBy(l => l.Id, StringComparer.Ordinal).Select(l => "  " + l));

        private static IEnumerable<string> Files(string demoFolder)
            => Directory.GetFiles(demoFolder, "*.cs")
                .Concat(Directory.GetFiles(demoFolder, "*.json"))
                .Append(Path.Combine(demoFolder, "CustomerIo.Api.txt"))
                .OrderBy(f => f, StringComparer.Ordinal);

        private static string Relative(string demoFolder, string path) => Path.GetRelativePath(demoFolder, path).Replace(Path.DirectorySeparatorChar, '/');
    }
}
